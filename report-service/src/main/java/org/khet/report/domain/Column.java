package org.khet.report.domain;

/** A table column: its Thai header and how its values are typed and printed. */
public record Column(String key, String header, ColumnType type) {
    public static Column text(String key, String header) {
        return new Column(key, header, ColumnType.TEXT);
    }

    public static Column integer(String key, String header) {
        return new Column(key, header, ColumnType.INTEGER);
    }

    public static Column money(String key, String header) {
        return new Column(key, header, ColumnType.MONEY);
    }

    public static Column baht(String key, String header) {
        return new Column(key, header, ColumnType.BAHT);
    }

    public static Column decimal(String key, String header) {
        return new Column(key, header, ColumnType.DECIMAL);
    }

    public static Column signed(String key, String header) {
        return new Column(key, header, ColumnType.SIGNED_DECIMAL);
    }

    public static Column percent(String key, String header) {
        return new Column(key, header, ColumnType.PERCENT);
    }
}
