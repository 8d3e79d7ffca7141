package org.sitrep.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Binding values to statements and reading them back; every value goes through a parameter. */
final class Sql {

    private Sql() {
    }

    static void bind(PreparedStatement ps, int i, Object v, int type) throws SQLException {
        if (v == null) {
            ps.setNull(i, type);
            return;
        }
        switch (type) {
            case Types.VARCHAR -> ps.setString(i, v.toString());
            case Types.BIGINT -> ps.setLong(i, ((Number) v).longValue());
            case Types.INTEGER -> ps.setInt(i, ((Number) v).intValue());
            case Types.DOUBLE -> ps.setDouble(i, ((Number) v).doubleValue());
            case Types.DATE -> ps.setDate(i, Date.valueOf((LocalDate) v));
            case Types.TIME -> ps.setTime(i, Time.valueOf((LocalTime) v));
            default -> throw new IllegalArgumentException("type " + type);
        }
    }

    static void bindAll(PreparedStatement ps, List<Object> values, List<Integer> types) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            bind(ps, i + 1, values.get(i), types.get(i));
        }
    }

    static String str(ResultSet rs, String col) throws SQLException {
        return rs.getString(col);
    }

    static Long lng(ResultSet rs, String col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : v;
    }

    static Integer integer(ResultSet rs, String col) throws SQLException {
        int v = rs.getInt(col);
        return rs.wasNull() ? null : v;
    }

    static Double dbl(ResultSet rs, String col) throws SQLException {
        double v = rs.getDouble(col);
        return rs.wasNull() ? null : v;
    }

    static LocalDate date(ResultSet rs, String col) throws SQLException {
        Object o = rs.getObject(col);
        if (o == null) {
            return null;
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(o.toString().substring(0, 10));
    }

    static LocalTime time(ResultSet rs, String col) throws SQLException {
        Object o = rs.getObject(col);
        if (o == null) {
            return null;
        }
        if (o instanceof LocalTime t) {
            return t;
        }
        if (o instanceof Time t) {
            return t.toLocalTime();
        }
        return LocalTime.parse(o.toString());
    }

    /** A LIKE pattern matching the text literally: {@code %}, {@code _} and the escape are escaped. */
    static String likeLiteral(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** "?, ?, ?" for n parameters. */
    static String marks(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "?" : ", ?");
        }
        return sb.toString();
    }
}
