package energy.mwolo.platform.jdbc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes many rows into one table by {@code COPY ... FROM STDIN (FORMAT binary)} on a connection the caller holds,
 * so they commit or roll back with the rest of its transaction. Unlike {@link PostgresCopy}'s text, PostgreSQL
 * parses nothing: a uuid arrives as its 16 bytes, an instant as its microseconds, a decimal as its base-10000
 * digits. For a hot path where the server's parsing shows (device readings); {@link PostgresCopy} stays the simple
 * default.
 *
 * <p>The binary form of a value must be the column's own type, so each Java type stands for one PostgreSQL type:
 * {@link String} for {@code text} and {@code varchar} (whose length limit still applies), {@link UUID} for
 * {@code uuid}, {@link BigDecimal} for {@code numeric} (rounded to the column's scale and checked against its precision as
 * text would be), {@link Instant}, {@link Timestamp} and {@link OffsetDateTime} for {@code timestamptz} (rounded to
 * the microsecond), {@link LocalDate} for {@code date}, {@link Boolean} for {@code boolean}, {@link Integer} for
 * {@code integer}, {@link Long} for {@code bigint}, a {@link Collection} of strings for {@code text[]}. A value of
 * another type is refused ({@link IllegalArgumentException}, the copy cancelled); a value of the wrong one of these
 * for its column fails the copy with PostgreSQL's error, as does a failing row (a unique index, a check).
 */
public final class PostgresBinaryCopy {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};
    private static final int CHUNK = 64 * 1024;
    private static final int TEXT_OID = 25;
    // PostgreSQL's epochs: 2000-01-01T00:00:00Z in Unix seconds and in epoch days.
    private static final long POSTGRES_EPOCH_SECOND = 946_684_800L;
    private static final long POSTGRES_EPOCH_DAY = 10_957L;
    private static final int NUMERIC_POSITIVE = 0x0000;
    private static final int NUMERIC_NEGATIVE = 0x4000;
    private static final BigInteger NUMERIC_BASE = BigInteger.valueOf(10_000);
    private static final long[] POWERS_OF_TEN = {1, 10, 100, 1000};

    private PostgresBinaryCopy() {
    }

    /**
     * Copies {@code rows}, each holding the values of {@code columns} in that order, into {@code table}. The table
     * and column names go into the statement as they are: names from the code, never from input.
     *
     * @return the number of rows written
     */
    public static long copy(Connection connection, String table, List<String> columns, Iterable<Object[]> rows)
            throws SQLException {
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT binary)";
        int width = columns.size();
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try {
            Buffer buffer = new Buffer(CHUNK + 1024);
            buffer.bytes(SIGNATURE).int32(0).int32(0);
            for (Object[] row : rows) {
                if (row.length != width) {
                    throw new IllegalArgumentException("A row of " + row.length + " values for " + width
                            + " columns");
                }
                buffer.int16(width);
                for (Object value : row) {
                    field(buffer, value);
                }
                if (buffer.size >= CHUNK) {
                    buffer.sendTo(copy);
                }
            }
            buffer.int16(-1);
            buffer.sendTo(copy);
            return copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** One field: its length, then its bytes; -1 and nothing for null. */
    static void field(Buffer buffer, Object value) {
        if (value == null) {
            buffer.int32(-1);
        } else if (value instanceof String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            buffer.int32(bytes.length).bytes(bytes);
        } else if (value instanceof UUID uuid) {
            buffer.int32(16).int64(uuid.getMostSignificantBits()).int64(uuid.getLeastSignificantBits());
        } else if (value instanceof BigDecimal decimal) {
            numeric(buffer, decimal);
        } else if (value instanceof Instant instant) {
            buffer.int32(8).int64(micros(instant));
        } else if (value instanceof Timestamp timestamp) {
            buffer.int32(8).int64(micros(timestamp.toInstant()));
        } else if (value instanceof OffsetDateTime time) {
            buffer.int32(8).int64(micros(time.toInstant()));
        } else if (value instanceof LocalDate date) {
            buffer.int32(4).int32(Math.toIntExact(date.toEpochDay() - POSTGRES_EPOCH_DAY));
        } else if (value instanceof Boolean bool) {
            buffer.int32(1).int8(bool ? 1 : 0);
        } else if (value instanceof Integer number) {
            buffer.int32(4).int32(number);
        } else if (value instanceof Long number) {
            buffer.int32(8).int64(number);
        } else if (value instanceof Collection<?> elements) {
            textArray(buffer, elements);
        } else {
            throw new IllegalArgumentException("No binary COPY for a " + value.getClass().getName());
        }
    }

    /**
     * Microseconds since 2000-01-01T00:00:00Z. A finer fraction is rounded as PostgreSQL rounds it in text: the
     * fraction read as the nearest double (which dividing the nanoseconds gives too), times a million, to the nearest
     * integer, ties to even; so both copies of an instant store the same value.
     */
    static long micros(Instant instant) {
        long micros = (long) Math.rint(instant.getNano() / 1e9 * 1e6);
        try {
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond() - POSTGRES_EPOCH_SECOND, 1_000_000L),
                    micros);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("An instant beyond PostgreSQL's timestamps: " + instant, e);
        }
    }

    /**
     * {@code numeric}'s form: the count of base-10000 digits, the weight of the first (in powers of 10000), the
     * sign, the display scale, then the digits, most significant first, groups aligned on the decimal point and
     * trailing zero groups left out.
     */
    static void numeric(Buffer buffer, BigDecimal value) {
        int scale = Math.max(value.scale(), 0);
        if (value.signum() == 0) {
            buffer.int32(8).int16(0).int16(0).int16(NUMERIC_POSITIVE).int16(scale);
            return;
        }
        BigInteger magnitude = value.unscaledValue().abs();
        if (value.scale() < 0) {
            magnitude = magnitude.multiply(BigInteger.TEN.pow(-value.scale()));
        }
        int pad = (4 - scale % 4) % 4;
        int fractionGroups = (scale + pad) / 4;
        // A base-10000 digit holds more than 13 bits; the pad adds at most 10.
        int most = (magnitude.bitLength() + 10) / 13 + 1;
        int[] groups = most <= buffer.groups.length ? buffer.groups : new int[most];
        int count = magnitude.bitLength() <= 49
                ? groups(magnitude.longValueExact() * POWERS_OF_TEN[pad], groups)
                : groups(magnitude.multiply(BigInteger.TEN.pow(pad)), groups);
        int lowest = 0;
        while (groups[lowest] == 0) {
            lowest++;
        }
        int digits = count - lowest;
        buffer.int32(8 + 2 * digits).int16(digits).int16(count - 1 - fractionGroups)
                .int16(value.signum() < 0 ? NUMERIC_NEGATIVE : NUMERIC_POSITIVE).int16(scale);
        for (int i = count - 1; i >= lowest; i--) {
            buffer.int16(groups[i]);
        }
    }

    /**
     * Base-10000 digits of a positive number into {@code groups}, least significant first; their count. Divisions of
     * an int, which the compiler turns into multiplications, once the number fits in one.
     */
    private static int groups(long magnitude, int[] groups) {
        int n = 0;
        long rest = magnitude;
        for (; rest > Integer.MAX_VALUE; rest /= 10_000) {
            groups[n++] = (int) (rest % 10_000);
        }
        for (int small = (int) rest; small > 0; small /= 10_000) {
            groups[n++] = small % 10_000;
        }
        return n;
    }

    private static int groups(BigInteger magnitude, int[] groups) {
        int n = 0;
        for (BigInteger rest = magnitude; rest.signum() > 0; ) {
            BigInteger[] division = rest.divideAndRemainder(NUMERIC_BASE);
            groups[n++] = division[1].intValue();
            rest = division[0];
        }
        return n;
    }

    /** {@code text[]}: dimensions, a has-nulls flag, the element type, the length and lower bound, the elements. */
    private static void textArray(Buffer buffer, Collection<?> elements) {
        byte[][] encoded = new byte[elements.size()][];
        boolean nulls = false;
        int length = 12 + (elements.isEmpty() ? 0 : 8);
        int i = 0;
        for (Object element : elements) {
            if (element == null) {
                nulls = true;
                length += 4;
            } else if (element instanceof String text) {
                encoded[i] = text.getBytes(StandardCharsets.UTF_8);
                length += 4 + encoded[i].length;
            } else {
                throw new IllegalArgumentException("No text[] element from a " + element.getClass().getName());
            }
            i++;
        }
        buffer.int32(length).int32(elements.isEmpty() ? 0 : 1).int32(nulls ? 1 : 0).int32(TEXT_OID);
        if (elements.isEmpty()) {
            return;
        }
        buffer.int32(elements.size()).int32(1);
        for (byte[] element : encoded) {
            if (element == null) {
                buffer.int32(-1);
            } else {
                buffer.int32(element.length).bytes(element);
            }
        }
    }

    /** Bytes in network order, handed to the driver a chunk at a time. */
    static final class Buffer {

        private byte[] bytes;
        private int size;
        // Scratch for a decimal's base-10000 digits (a larger decimal gets its own).
        private final int[] groups = new int[32];

        Buffer(int capacity) {
            bytes = new byte[capacity];
        }

        Buffer int8(int value) {
            ensure(1);
            bytes[size++] = (byte) value;
            return this;
        }

        Buffer int16(int value) {
            ensure(2);
            bytes[size++] = (byte) (value >>> 8);
            bytes[size++] = (byte) value;
            return this;
        }

        Buffer int32(int value) {
            ensure(4);
            for (int shift = 24; shift >= 0; shift -= 8) {
                bytes[size++] = (byte) (value >>> shift);
            }
            return this;
        }

        Buffer int64(long value) {
            ensure(8);
            for (int shift = 56; shift >= 0; shift -= 8) {
                bytes[size++] = (byte) (value >>> shift);
            }
            return this;
        }

        Buffer bytes(byte[] value) {
            ensure(value.length);
            System.arraycopy(value, 0, bytes, size, value.length);
            size += value.length;
            return this;
        }

        void sendTo(CopyIn copy) throws SQLException {
            if (size > 0) {
                copy.writeToCopy(bytes, 0, size);
                size = 0;
            }
        }

        private void ensure(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }
    }
}
