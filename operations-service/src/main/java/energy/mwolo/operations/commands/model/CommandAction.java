package energy.mwolo.operations.commands.model;

public enum CommandAction {
    DISCONNECT, RECONNECT
}
