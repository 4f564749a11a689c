package energy.mwolo.operations.commands.messaging;

import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.iot.MeterCommand;
import energy.mwolo.operations.commands.application.CommandSender;
import energy.mwolo.operations.commands.model.RelayCommand;
import energy.mwolo.operations.kernel.Codes;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Commands are device messages, not domain events: no CloudEvents headers, the meter number as key (one meter's
 * commands in order on one partition), and sent straight to the broker, waiting for its acknowledgement so that the
 * dispatcher records only what the broker has.
 */
@Component
class KafkaCommandSender implements CommandSender {

    private static final long SEND_TIMEOUT_SECONDS = 10;

    private final KafkaTemplate<String, String> kafka;

    KafkaCommandSender(KafkaTemplate<String, String> kafka) {
        this.kafka = kafka;
    }

    @Override
    public void send(RelayCommand command) {
        MeterCommand message = new MeterCommand(command.id().value(), command.meterNumber().value(),
                Codes.of(command.action()), command.issuedAt(), command.expiresAt());
        try {
            kafka.send(MeterCommand.CONTRACT.topic(), message.meterNumber(), ContractJson.write(message))
                    .get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending command " + command.id(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("command " + command.id() + " not acknowledged by the broker", e);
        }
    }
}
