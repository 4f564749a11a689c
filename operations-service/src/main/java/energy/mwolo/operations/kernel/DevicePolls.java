package energy.mwolo.operations.kernel;

import energy.mwolo.platform.events.UnusableEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * A poll of device messages (readings, meter events) in batch mode: the readable messages before the first unreadable
 * one are handled together; the unreadable one is then named by its index ({@link BatchListenerFailedException}), so
 * the platform's error handler commits the offsets before it, sends it alone to the topic's dead letters with the
 * reason (at once: it is an {@link UnusableEvent}) and delivers the rest of the poll again.
 */
public final class DevicePolls {

    /** A meter number as head-ends send it: letters, digits and hyphens, 40 at most. */
    public static final Pattern METER_NUMBER = Pattern.compile("^[A-Za-z0-9-]{1,40}$");

    private DevicePolls() {
    }

    /**
     * @param read   turns a message into its record, or throws {@link UnusableEvent} naming why it cannot
     * @param handle called with the readable messages, never with none
     * @param what   what a message is, for the failure's text (e.g. "reading")
     */
    public static <T> void handle(List<byte[]> messages, Function<byte[], T> read, Consumer<List<T>> handle,
                                  String what) {
        List<T> readable = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            try {
                readable.add(read.apply(messages.get(i)));
            } catch (UnusableEvent unreadable) {
                if (!readable.isEmpty()) {
                    handle.accept(readable);
                }
                throw new BatchListenerFailedException("unreadable " + what + " at " + i + " of the poll",
                        unreadable, i);
            }
        }
        if (!readable.isEmpty()) {
            handle.accept(readable);
        }
    }
}
