package energy.mwolo.audit.log.persistence;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;

/**
 * Reads the rows of {@code COPY ... TO STDOUT (FORMAT binary)} field by field, in PostgreSQL's binary form (the
 * layout the PostgreSQL documentation gives for COPY's binary format). A NULL reads as JDBC's getters return it:
 * 0, false or null.
 */
final class BinaryCopyReader {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    /** 2000-01-01T00:00:00Z, from which PostgreSQL counts timestamps in microseconds. */
    private static final long POSTGRES_EPOCH_SECOND = 946_684_800L;
    private static final int NULL = -1;

    private final DataInputStream in;

    BinaryCopyReader(InputStream copy) throws IOException {
        this.in = new DataInputStream(new BufferedInputStream(copy, 1 << 16));
        byte[] signature = new byte[SIGNATURE.length];
        in.readFully(signature);
        if (!Arrays.equals(signature, SIGNATURE)) {
            throw new IOException("Not PostgreSQL's binary COPY format");
        }
        in.readInt(); // flags: none is defined that changes the tuples
        in.skipNBytes(in.readInt()); // header extension
    }

    /** Moves to the next row; false once the rows are over. */
    boolean nextRow(int columns) throws IOException {
        short fields = in.readShort();
        if (fields == -1) {
            return false;
        }
        if (fields != columns) {
            throw new IOException("A row of " + fields + " columns where " + columns + " were selected");
        }
        return true;
    }

    long int8() throws IOException {
        return length(8) == NULL ? 0 : in.readLong();
    }

    int int2() throws IOException {
        return length(2) == NULL ? 0 : in.readShort();
    }

    int int4() throws IOException {
        return length(4) == NULL ? 0 : in.readInt();
    }

    boolean bool() throws IOException {
        return length(1) != NULL && in.readByte() != 0;
    }

    /** {@code text}, {@code varchar}: UTF-8, the connection's client encoding. */
    String text() throws IOException {
        byte[] bytes = bytes();
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /** {@code bytea}, or any column's raw bytes. */
    byte[] bytes() throws IOException {
        int length = in.readInt();
        if (length == NULL) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return bytes;
    }

    /** {@code timestamptz}: microseconds since 2000 UTC; infinities as the JDBC driver gives them. */
    Instant timestamptz() throws IOException {
        if (length(8) == NULL) {
            return null;
        }
        long micros = in.readLong();
        if (micros == Long.MAX_VALUE) {
            return OffsetDateTime.MAX.toInstant();
        }
        if (micros == Long.MIN_VALUE) {
            return OffsetDateTime.MIN.toInstant();
        }
        return Instant.ofEpochSecond(POSTGRES_EPOCH_SECOND + Math.floorDiv(micros, 1_000_000L),
                Math.floorMod(micros, 1_000_000L) * 1_000L);
    }

    /** Reads what is left unread, so that the connection can serve the next statement. */
    void drain() throws IOException {
        byte[] discard = new byte[1 << 16];
        while (in.read(discard) != -1) {
            // nothing to keep
        }
    }

    private int length(int expected) throws IOException {
        int length = in.readInt();
        if (length != NULL && length != expected) {
            throw new IOException("A field of " + length + " bytes where " + expected + " were expected");
        }
        return length;
    }
}
