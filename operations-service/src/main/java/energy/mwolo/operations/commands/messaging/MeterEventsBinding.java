package energy.mwolo.operations.commands.messaging;

import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.iot.MeterEvent;
import energy.mwolo.operations.commands.application.CommandSettings;
import energy.mwolo.operations.commands.application.DeviceEvent;
import energy.mwolo.operations.commands.application.DispatchingCommands;
import energy.mwolo.operations.commands.application.HandlingMeterEvents;
import energy.mwolo.platform.events.UnusableEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.scheduling.annotation.Scheduled;
import tools.jackson.core.JacksonException;

/**
 * The {@code meterEvents-in-0} binding of {@code iot.meter-events}, in batch mode like readings: the readable
 * messages before the first unreadable one are handled in one transaction, the unreadable one goes to
 * {@code iot.meter-events.dlt} with its reason (the platform's error handler, set for every binding by readings'
 * container customizer), and the stream moves on. Also the dispatcher's schedule.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CommandSettings.class)
class MeterEventsBinding {

    private static final Pattern METER_NUMBER = Pattern.compile("^[A-Za-z0-9-]{1,40}$");

    @Bean
    Consumer<List<byte[]>> meterEvents(HandlingMeterEvents handling) {
        return messages -> {
            List<DeviceEvent> readable = new ArrayList<>(messages.size());
            for (int i = 0; i < messages.size(); i++) {
                try {
                    readable.add(read(messages.get(i)));
                } catch (UnusableEvent unreadable) {
                    handle(handling, readable);
                    throw new BatchListenerFailedException("unreadable meter event at " + i + " of the poll",
                            unreadable, i);
                }
            }
            handle(handling, readable);
        };
    }

    @Bean
    DispatchSchedule commandDispatchSchedule(DispatchingCommands dispatching) {
        return new DispatchSchedule(dispatching);
    }

    private static void handle(HandlingMeterEvents handling, List<DeviceEvent> readable) {
        if (!readable.isEmpty()) {
            handling.handle(readable);
        }
    }

    static DeviceEvent read(byte[] message) {
        if (message == null) {
            throw new UnusableEvent("a meter event without a value");
        }
        String json = new String(message, StandardCharsets.UTF_8);
        MeterEvent event;
        try {
            event = ContractJson.read(json, MeterEvent.class);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new UnusableEvent("not a readable " + MeterEvent.CONTRACT.dataSchema() + ": " + e.getMessage(), e);
        }
        if (event == null || !METER_NUMBER.matcher(event.meterNumber()).matches()) {
            throw new UnusableEvent("meter_number must be letters, digits and hyphens");
        }
        return new DeviceEvent(event.messageId(), event.meterNumber(), event.occurredAt(), event.type(),
                event.commandId(), event.outcome(), event.relayState(), event.detail(), json);
    }

    /** Sends due commands every {@code mwolo.operations.commands.dispatch-interval}. */
    static final class DispatchSchedule {

        private final DispatchingCommands dispatching;

        DispatchSchedule(DispatchingCommands dispatching) {
            this.dispatching = dispatching;
        }

        @Scheduled(fixedDelayString = "${mwolo.operations.commands.dispatch-interval:PT1S}")
        void dispatch() {
            int sent;
            do {
                sent = dispatching.dispatch();
            } while (sent > 0);
        }
    }
}
