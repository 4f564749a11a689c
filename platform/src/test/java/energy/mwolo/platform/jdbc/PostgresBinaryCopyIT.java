package energy.mwolo.platform.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.embedded.SharedPostgres;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows COPied in binary read back exactly as the same rows COPied in text, which PostgreSQL parses itself: random
 * decimals of every scale and sign (rounded by the column's scale or kept whole), random instants of every
 * fraction, arrays with nulls and quotes, and the other types, into a table holding each.
 */
class PostgresBinaryCopyIT {

    private static final List<String> COLUMNS = List.of("n", "id", "at", "kwh", "amount", "state", "tags", "day",
            "flag", "small", "big");
    private static final String TABLE = "binary_copy_" + Long.toHexString(System.nanoTime());

    private static DataSource database;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void createTables() {
        database = SharedPostgres.start().superuserDataSource();
        jdbc = new JdbcTemplate(database);
        for (String suffix : List.of("_binary", "_text")) {
            jdbc.execute("""
                    create table %s (n integer primary key, id uuid, at timestamptz, kwh numeric(14, 3),
                                     amount numeric, state varchar(12), tags text[], day date, flag boolean,
                                     small integer, big bigint)""".formatted(TABLE + suffix));
        }
    }

    @AfterAll
    static void dropTables() {
        jdbc.execute("drop table " + TABLE + "_binary, " + TABLE + "_text");
    }

    @Test
    void randomRowsReadBackAsTheSameRowsCopiedInText() throws SQLException {
        Random random = new Random(20261206);
        List<Object[]> rows = new ArrayList<>();
        for (int n = 0; n < 20_000; n++) {
            rows.add(new Object[] {n, UUID.randomUUID(), instant(random), decimal(random, 11, 5),
                decimal(random, 40, 30), random.nextBoolean() ? "connected" : "déconnecté",
                tags(random), LocalDate.ofEpochDay(random.nextInt(-700_000, 2_900_000)), random.nextBoolean(),
                random.nextInt(), random.nextLong()});
        }
        rows.add(new Object[] {-1, null, null, null, null, null, null, null, null, null, null});
        rows.add(new Object[] {-2, new UUID(0, 0), Instant.parse("2000-01-01T00:00:00Z"), BigDecimal.ZERO,
            new BigDecimal("0.000"), "", List.of(), LocalDate.of(2000, 1, 1), false, 0, 0L});
        rows.add(new Object[] {-3, new UUID(-1, -1), Instant.parse("1999-12-31T23:59:59.999999Z"),
            new BigDecimal("99999999999.999"), new BigDecimal("-1E+25"), "x", Arrays.asList(null, "\"{,}\\", ""),
            LocalDate.of(1, 1, 1), true, Integer.MIN_VALUE, Long.MAX_VALUE});
        rows.add(new Object[] {-4, null, null, null, new BigDecimal(new BigInteger("9".repeat(300)), 150), null, null,
            null, null, null, null});

        try (Connection connection = database.getConnection()) {
            assertThat(PostgresBinaryCopy.copy(connection, TABLE + "_binary", COLUMNS, rows)).isEqualTo(rows.size());
            assertThat(PostgresCopy.copy(connection, TABLE + "_text", COLUMNS, rows)).isEqualTo(rows.size());
        }

        assertThat(jdbc.queryForObject("select count(*) from " + TABLE + "_binary where n < 1000000",
                Integer.class)).isEqualTo(rows.size());
        assertThat(jdbc.queryForList("""
                select n from (select n, t::text from %1$s_binary t except select n, t::text from %1$s_text t) d
                 where n < 1000000
                union all
                select n from (select n, t::text from %1$s_text t except select n, t::text from %1$s_binary t) d
                 where n < 1000000"""
                .formatted(TABLE),
                Integer.class)).as("rows that differ").isEmpty();
        assertThat(jdbc.queryForObject("select amount::text from " + TABLE + "_binary where n = -3", String.class))
                .isEqualTo("-10000000000000000000000000");
        assertThat(jdbc.queryForObject("select tags::text from " + TABLE + "_binary where n = -3", String.class))
                .isEqualTo("{NULL,\"\\\"{,}\\\\\",\"\"}");
    }

    @Test
    void aSubMicrosecondRestIsRoundedAsPostgresqlRoundsItInText() throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        String[] instants = {"2026-05-31T22:00:00.0000005Z", "2026-05-31T22:00:00.0000015Z",
            "2026-05-31T22:00:00.000000499Z", "2026-05-31T22:00:00.000000501Z", "2026-05-31T23:59:59.9999996Z"};
        for (int n = 0; n < instants.length; n++) {
            rows.add(new Object[] {1_000_000 + n, null, Instant.parse(instants[n]), null, null, null, null, null,
                null, null, null});
        }

        try (Connection connection = database.getConnection()) {
            PostgresBinaryCopy.copy(connection, TABLE + "_binary", COLUMNS, rows);
            PostgresCopy.copy(connection, TABLE + "_text", COLUMNS, rows);
        }

        List<Instant> binary = instantsFrom(TABLE + "_binary");
        assertThat(binary).isEqualTo(instantsFrom(TABLE + "_text"));
        assertThat(binary.get(2)).isEqualTo("2026-05-31T22:00:00Z");
        assertThat(binary.get(3)).isEqualTo("2026-05-31T22:00:00.000001Z");
        assertThat(binary.get(4)).isEqualTo("2026-06-01T00:00:00Z");
    }

    private static List<Instant> instantsFrom(String table) {
        return jdbc.queryForList("select at from " + table + " where n >= 1000000 and n < 2000000 order by n",
                Timestamp.class).stream().map(Timestamp::toInstant).toList();
    }

    @Test
    void aDecimalTooLargeForItsColumnOrAStringTooLongFailsTheCopyAsTextWould() throws SQLException {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("savepoint before");
            }
            assertThatThrownBy(() -> PostgresBinaryCopy.copy(connection, TABLE + "_binary", List.of("n", "kwh"),
                    List.<Object[]>of(new Object[] {2_000_000, new BigDecimal("100000000000")})))
                    .isInstanceOf(SQLException.class).hasMessageContaining("numeric field overflow");
            try (Statement statement = connection.createStatement()) {
                statement.execute("rollback to savepoint before");
            }
            assertThatThrownBy(() -> PostgresBinaryCopy.copy(connection, TABLE + "_binary", List.of("n", "state"),
                    List.<Object[]>of(new Object[] {2_000_001, "disconnect_requested"})))
                    .isInstanceOf(SQLException.class).hasMessageContaining("too long");
            connection.rollback();
        }
    }

    @Test
    void aValueOfAnotherTypeIsRefusedAndNothingIsWritten() throws SQLException {
        try (Connection connection = database.getConnection()) {
            assertThatThrownBy(() -> PostgresBinaryCopy.copy(connection, TABLE + "_binary", List.of("n", "amount"),
                    List.<Object[]>of(new Object[] {3_000_000, 1.5d})))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.Double");
            assertThatThrownBy(() -> PostgresBinaryCopy.copy(connection, TABLE + "_binary", List.of("n", "tags"),
                    List.<Object[]>of(new Object[] {3_000_001, List.of(7)})))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.Integer");
        }

        assertThat(jdbc.queryForObject("select count(*) from " + TABLE + "_binary where n >= 3000000",
                Integer.class)).isZero();
    }

    /** Years 1 to 9999, any count of fraction digits from none to nine. */
    private static Instant instant(Random random) {
        long second = random.nextLong(Instant.parse("0001-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("9999-12-31T23:59:59Z").getEpochSecond());
        int digits = random.nextInt(10);
        int nano = digits == 0 ? 0 : random.nextInt(1_000_000_000) / (int) Math.pow(10, 9 - digits)
                * (int) Math.pow(10, 9 - digits);
        return Instant.ofEpochSecond(second, nano).atOffset(ZoneOffset.UTC).toInstant();
    }

    /** Up to {@code digits} digits before scale, the scale from -3 to {@code maxScale}, either sign, zero at times. */
    private static BigDecimal decimal(Random random, int digits, int maxScale) {
        int scale = random.nextInt(-3, maxScale + 1);
        int length = random.nextInt(0, digits + Math.max(scale, 0) + 1);
        BigInteger unscaled = length == 0 ? BigInteger.ZERO : new BigInteger(length * 4, random)
                .mod(BigInteger.TEN.pow(length));
        if (scale < 0) {
            unscaled = unscaled.divide(BigInteger.TEN.pow(Math.min(-scale, length)).max(BigInteger.ONE));
        }
        BigDecimal value = new BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(), scale);
        return value.precision() - value.scale() > digits ? value.movePointLeft(value.precision()) : value;
    }

    private static List<String> tags(Random random) {
        List<String> tags = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            tags.add(random.nextInt(5) == 0 ? null : "tag " + random.nextInt(1000));
        }
        return tags;
    }
}
