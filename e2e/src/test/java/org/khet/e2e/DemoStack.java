package org.khet.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.khet.devstack.demo.DemoLoader;

import java.util.List;
import java.util.Map;

/**
 * The one demo stack of an e2e run, shared by every test class that is {@code @ExtendWith(DemoStack.class)}: the
 * five services and the gateway (as {@link Stack} starts them) with the Phayao 2 FY2566 demo dataset loaded through
 * the gateway, as {@code ./khet up} does. The first class that needs it starts it; it is kept in JUnit's root store,
 * so the classes after it get the same one, and it is stopped when the whole run ends. Classes using it must leave
 * the demo's facts as they found them (DemoStackTest compares them with the seed).
 */
public final class DemoStack implements BeforeAllCallback {

    /** The running stack and its gateway; closed by JUnit when the run ends. */
    record Running(Stack stack) implements AutoCloseable {
        @Override
        public void close() throws InterruptedException {
            stack.close();
        }
    }

    private static Running running;

    @Override
    public void beforeAll(ExtensionContext context) {
        running = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(DemoStack.class, k -> start(), Running.class);
    }

    private static Running start() {
        try {
            Stack stack = Stack.start("stack", List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), Map.of());
            try {
                load(stack);
            } catch (Exception e) {
                stack.close();
                throw e;
            }
            return new Running(stack);
        } catch (Exception e) {
            throw new IllegalStateException("the demo stack did not start: " + e.getMessage(), e);
        }
    }

    static Stack stack() {
        if (running == null) {
            throw new IllegalStateException("the test class is not @ExtendWith(DemoStack.class)");
        }
        return running.stack();
    }

    /** Loads the demo dataset through the gateway (again: it changes nothing the second time). */
    static DemoLoader load(Stack stack) throws Exception {
        String admin = stack.token("demo-loader", "obec-admin", List.of("obec"));
        DemoLoader loader = new DemoLoader(stack.gateway(), admin, stack::url);
        loader.run(Stack.ROOT.resolve("demo/phayao2-2566"));
        return loader;
    }

    /** A viewer's token for the whole country. */
    static String viewerToken() throws Exception {
        return stack().token("e2e", "viewer", List.of("obec"));
    }
}
