package org.khet.kit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * How every service reads a JSON body, stricter than Jackson's defaults so that nothing a client did not mean is
 * stored: a key given twice is a 400 (Jackson would silently keep the last value); a JSON number or boolean is never
 * taken for a text field (a school code is a string of its own format, and {@code 2147483648} is not one); and no
 * text value holds a control character (other than tab and line breaks) or more than {@link #MAX_TEXT} characters.
 * Each ends in the kit's problem mappers as a 400 problem+json naming the key or field. Fields with a tighter limit
 * say so with {@code @Size}.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {
    /** The longest text any field of any Khet API takes. */
    public static final int MAX_TEXT = 20_000;

    @Override
    public void customize(ObjectMapper mapper) {
        apply(mapper);
    }

    /** The same rules for a mapper made outside CDI. */
    public static ObjectMapper apply(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("khet-clean-text").addDeserializer(String.class, new CleanText()));
        return mapper;
    }

    /** Why a text value is refused, or null when it is clean. */
    public static String refusal(String s) {
        return refusal(s, MAX_TEXT);
    }

    /** Why a text value is refused under a limit of {@code max} characters, or null when it is clean. */
    public static String refusal(String s, int max) {
        if (s.length() > max) {
            return "is " + s.length() + " characters long; at most " + max + " are taken";
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' || ch == 0x7f || ch >= 0x80 && ch <= 0x9f) {
                return String.format("holds the control character U+%04X at position %d", (int) ch, i + 1);
            }
        }
        return null;
    }

    /** A text value refused by {@link #refusal}; Jackson adds the field's path as it unwinds. */
    public static final class TextRefused extends JsonMappingException {
        public TextRefused(JsonParser p, String reason) {
            super(p, reason);
        }

        /** The reason without Jackson's location and path suffixes. */
        public String reason() {
            return getOriginalMessage();
        }
    }

    static final class CleanText extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String s = super.deserialize(p, ctxt);
            String refusal = s == null ? null : refusal(s);
            if (refusal != null) {
                throw new TextRefused(p, "the text " + refusal);
            }
            return s;
        }
    }
}
