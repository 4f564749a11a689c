package energy.mwolo.operations.commands.model;

import java.util.Objects;
import java.util.UUID;

public record CommandId(UUID value) {

    public CommandId {
        Objects.requireNonNull(value, "value");
    }

    public static CommandId newId() {
        return new CommandId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
