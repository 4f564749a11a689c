package energy.mwolo.audit.log.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class BinaryCopyReaderTest {

    private static final Instant POSTGRES_EPOCH = Instant.parse("2000-01-01T00:00:00Z");

    @Test
    void readsEachTypeAsTheJdbcDriverWould() throws IOException {
        Copy copy = new Copy().row(7).int8(42).text("Agence Gombé").int4(3).bool(true)
                .bytes(new byte[] {(byte) 0xff, 0, 1}).micros(micros("2026-05-01T08:15:30.123456Z"))
                .micros(micros("1999-12-31T23:59:59.999999Z")).end();

        BinaryCopyReader reader = copy.reader();

        assertThat(reader.nextRow(7)).isTrue();
        assertThat(reader.int8()).isEqualTo(42);
        assertThat(reader.text()).isEqualTo("Agence Gombé");
        assertThat(reader.int4()).isEqualTo(3);
        assertThat(reader.bool()).isTrue();
        assertThat(reader.bytes()).containsExactly(0xff, 0, 1);
        assertThat(reader.timestamptz()).isEqualTo(Instant.parse("2026-05-01T08:15:30.123456Z"));
        assertThat(reader.timestamptz()).isEqualTo(Instant.parse("1999-12-31T23:59:59.999999Z"));
        assertThat(reader.nextRow(7)).isFalse();
    }

    @Test
    void aNullReadsAsZeroFalseOrNullLikeAResultSetGetter() throws IOException {
        BinaryCopyReader reader = new Copy().row(6).nulls(6).end().reader();

        assertThat(reader.nextRow(6)).isTrue();
        assertThat(reader.int8()).isZero();
        assertThat(reader.int4()).isZero();
        assertThat(reader.bool()).isFalse();
        assertThat(reader.text()).isNull();
        assertThat(reader.bytes()).isNull();
        assertThat(reader.timestamptz()).isNull();
    }

    @Test
    void infiniteTimestampsAreTheFarthestInstantsTheDriverGives() throws IOException {
        BinaryCopyReader reader = new Copy().row(2).micros(Long.MAX_VALUE).micros(Long.MIN_VALUE).end().reader();

        reader.nextRow(2);
        assertThat(reader.timestamptz()).isEqualTo(OffsetDateTime.MAX.toInstant());
        assertThat(reader.timestamptz()).isEqualTo(OffsetDateTime.MIN.toInstant());
    }

    @Test
    void whatIsLeftOfTheCopyIsReadToItsEnd() throws IOException {
        Copy copy = new Copy().row(1).int8(1).row(1).int8(2).end();
        ByteArrayInputStream stream = copy.stream();
        BinaryCopyReader reader = new BinaryCopyReader(stream);
        reader.nextRow(1);
        reader.int8();

        reader.drain();

        assertThat(stream.available()).isZero();
    }

    @Test
    void aRowOfAnotherWidthOrAFieldOfAnotherSizeIsRefused() throws IOException {
        assertThatThrownBy(() -> new Copy().row(3).end().reader().nextRow(16)).isInstanceOf(IOException.class);
        BinaryCopyReader reader = new Copy().row(1).int4(5).end().reader();
        reader.nextRow(1);
        assertThatThrownBy(reader::int8).isInstanceOf(IOException.class);
    }

    @Test
    void somethingElseThanABinaryCopyIsRefused() {
        assertThatThrownBy(() -> new BinaryCopyReader(new ByteArrayInputStream("seq,event_id\n".getBytes(
                StandardCharsets.US_ASCII)))).isInstanceOf(IOException.class);
    }

    private static long micros(String instant) {
        Duration since = Duration.between(POSTGRES_EPOCH, Instant.parse(instant));
        return since.getSeconds() * 1_000_000L + since.getNano() / 1_000;
    }

    /** COPY's binary format as PostgreSQL writes it: signature, flags, header extension, rows, trailer. */
    private static final class Copy {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final DataOutputStream out = new DataOutputStream(bytes);

        Copy() throws IOException {
            out.write(new byte[] {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0});
            out.writeInt(0);
            out.writeInt(4);
            out.writeInt(0xCAFE);
        }

        Copy row(int fields) throws IOException {
            out.writeShort(fields);
            return this;
        }

        Copy int8(long value) throws IOException {
            out.writeInt(8);
            out.writeLong(value);
            return this;
        }

        Copy int4(int value) throws IOException {
            out.writeInt(4);
            out.writeInt(value);
            return this;
        }

        Copy bool(boolean value) throws IOException {
            out.writeInt(1);
            out.writeByte(value ? 1 : 0);
            return this;
        }

        Copy text(String value) throws IOException {
            return bytes(value.getBytes(StandardCharsets.UTF_8));
        }

        Copy bytes(byte[] value) throws IOException {
            out.writeInt(value.length);
            out.write(value);
            return this;
        }

        Copy micros(long value) throws IOException {
            return int8(value);
        }

        Copy nulls(int count) throws IOException {
            for (int i = 0; i < count; i++) {
                out.writeInt(-1);
            }
            return this;
        }

        Copy end() throws IOException {
            out.writeShort(-1);
            return this;
        }

        ByteArrayInputStream stream() {
            return new ByteArrayInputStream(bytes.toByteArray());
        }

        BinaryCopyReader reader() throws IOException {
            return new BinaryCopyReader(stream());
        }
    }
}
