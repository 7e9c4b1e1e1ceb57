package org.khet.kit.params;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import org.khet.contracts.AcademicYear;
import org.khet.contracts.AreaCode;
import org.khet.contracts.BuddhistEra;
import org.khet.contracts.FiscalYear;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.function.Function;

/**
 * Path and query values of Khet's own types, parsed one way in every service: a resource method takes a
 * {@link FiscalYear}, {@link AcademicYear} or {@link AreaCode} parameter and gets it checked — a Buddhist-era year
 * between {@value BuddhistEra#MIN_BE} and {@value BuddhistEra#MAX_BE} (with a hint when a common-era year was sent),
 * an area code of 4 digits. A bad value is a 400 problem whose error names the parameter, never a 404 or a 500.
 * A missing value is null: a resource that requires it says so ({@link #require}).
 */
@Provider
public class KhetParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (rawType == FiscalYear.class) {
            return (ParamConverter<T>) new Converter<>(name, raw -> new FiscalYear(year(name, raw)), FiscalYear::be);
        }
        if (rawType == AcademicYear.class) {
            return (ParamConverter<T>) new Converter<>(name, raw -> new AcademicYear(year(name, raw)), AcademicYear::be);
        }
        if (rawType == AreaCode.class) {
            return (ParamConverter<T>) new Converter<>(name, raw -> {
                if (!AreaCode.isAreaCode(raw)) {
                    throw bad(name, "must be an area code of " + AreaCode.EXPECTED + ", got '" + raw + "'");
                }
                return new AreaCode(raw);
            }, AreaCode::code);
        }
        return null;
    }

    /** Throws a 400 naming {@code name} when a required parameter was not given. */
    public static <T> T require(String name, T value, String example) {
        if (value == null) {
            throw ProblemException.validation("query parameter '" + name + "' is required",
                    List.of(Problem.FieldError.field(name, "is required, e.g. " + example)));
        }
        return value;
    }

    private static int year(String name, String raw) {
        int be;
        try {
            be = Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw bad(name, "must be a Buddhist-era year such as 2566, got '" + raw + "'");
        }
        try {
            return BuddhistEra.requireBe(be, name);
        } catch (IllegalArgumentException e) {
            throw bad(name, e.getMessage());
        }
    }

    private static BadRequestException bad(String name, String message) {
        // a WebApplicationException passes through Quarkus REST's parameter handling as it is (any other exception
        // of a converter becomes a bare 404 for path and query parameters); ProblemMappers answers its cause
        return new BadRequestException(ProblemException.validation("parameter '" + name + "' is not valid",
                List.of(Problem.FieldError.field(name, message))));
    }

    private static String nameOf(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation a : annotations) {
                if (a instanceof QueryParam q) {
                    return q.value();
                } else if (a instanceof PathParam p) {
                    return p.value();
                } else if (a instanceof HeaderParam h) {
                    return h.value();
                } else if (a instanceof FormParam f) {
                    return f.value();
                } else if (a instanceof MatrixParam m) {
                    return m.value();
                } else if (a instanceof CookieParam c) {
                    return c.value();
                }
            }
        }
        return "value";
    }

    private record Converter<T>(String name, Function<String, T> parse, Function<T, Object> print)
            implements ParamConverter<T> {
        @Override
        public T fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            return parse.apply(value.strip());
        }

        @Override
        public String toString(T value) {
            return value == null ? null : String.valueOf(print.apply(value));
        }
    }
}
