package org.khet.kit.sql;

import org.postgresql.copy.CopyIn;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Writes the rows of a {@code COPY … FROM STDIN} in PostgreSQL's text format through a buffer: fields separated by
 * tabs, rows ended by a newline, null as {@code \N}, and in text a backslash, tab, newline or carriage return
 * escaped with a backslash (so a value can never end a field, a row or the data). Text goes as UTF-8, the client
 * encoding the PostgreSQL driver always sets. A row is its fields in the order of the copy's columns, then
 * {@link #end()}: {@code w.text(code).num(year).date(day).end()}.
 */
public final class CopyWriter {
    private final CopyIn in;
    private final int width;
    private final byte[] buf = new byte[1 << 18];
    private int n;
    /** Fields written in the current row. */
    private int field;

    CopyWriter(CopyIn in, int width) {
        this.in = in;
        this.width = width;
    }

    /** A text value (null: SQL null), escaped. */
    public CopyWriter text(String s) {
        if (s == null) {
            return nil();
        }
        separate();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < 0x80) {
                switch (ch) {
                    case '\\' -> escape('\\');
                    case '\t' -> escape('t');
                    case '\n' -> escape('n');
                    case '\r' -> escape('r');
                    default -> put((byte) ch);
                }
            } else {
                utf8(s, i);
                if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                }
            }
        }
        return this;
    }

    public CopyWriter num(int v) {
        separate();
        return ascii(Integer.toString(v));
    }

    public CopyWriter num(long v) {
        separate();
        return ascii(Long.toString(v));
    }

    /** An integer that may be absent (null: SQL null). */
    public CopyWriter num(Integer v) {
        return v == null ? nil() : num(v.intValue());
    }

    /** A decimal in plain notation (null: SQL null): money and measures keep their scale. */
    public CopyWriter decimal(BigDecimal v) {
        if (v == null) {
            return nil();
        }
        separate();
        return ascii(v.toPlainString());
    }

    /** An ISO date (null: SQL null). */
    public CopyWriter date(LocalDate v) {
        if (v == null) {
            return nil();
        }
        separate();
        return ascii(v.toString());
    }

    public CopyWriter bool(Boolean v) {
        if (v == null) {
            return nil();
        }
        separate();
        return ascii(v ? "t" : "f");
    }

    /** SQL null. */
    public CopyWriter nil() {
        separate();
        return ascii("\\N");
    }

    /** Ends the row; it must have as many fields as the copy has columns. */
    public CopyWriter end() {
        if (field != width) {
            throw new IllegalStateException("a COPY row has " + field + " field(s), the copy names " + width + " column(s)");
        }
        field = 0;
        put((byte) '\n');
        return this;
    }

    private void separate() {
        if (field == width) {
            throw new IllegalStateException("a COPY row has more fields than the " + width + " column(s) the copy names");
        }
        if (field++ > 0) {
            put((byte) '\t');
        }
    }

    private void escape(char c) {
        put((byte) '\\');
        put((byte) c);
    }

    /** The code point at {@code s[i]} as UTF-8 (a lone surrogate as '?', as Java's own encoder writes it). */
    private void utf8(String s, int i) {
        int cp = s.codePointAt(i);
        if (Character.isSurrogate(s.charAt(i)) && cp < 0x10000) {
            put((byte) '?');
        } else if (cp < 0x800) {
            put((byte) (0xC0 | cp >> 6));
            put((byte) (0x80 | cp & 0x3F));
        } else if (cp < 0x10000) {
            put((byte) (0xE0 | cp >> 12));
            put((byte) (0x80 | cp >> 6 & 0x3F));
            put((byte) (0x80 | cp & 0x3F));
        } else {
            put((byte) (0xF0 | cp >> 18));
            put((byte) (0x80 | cp >> 12 & 0x3F));
            put((byte) (0x80 | cp >> 6 & 0x3F));
            put((byte) (0x80 | cp & 0x3F));
        }
    }

    /** Characters known to be ASCII and to need no escape (numbers, dates, {@code \N}). */
    private CopyWriter ascii(String s) {
        if (n + s.length() > buf.length) {
            flush();
        }
        for (int i = 0; i < s.length(); i++) {
            buf[n++] = (byte) s.charAt(i);
        }
        return this;
    }

    private void put(byte b) {
        if (n == buf.length) {
            flush();
        }
        buf[n++] = b;
    }

    void flush() {
        if (n > 0) {
            try {
                in.writeToCopy(buf, 0, n);
            } catch (SQLException e) {
                throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
            }
            n = 0;
        }
    }
}
