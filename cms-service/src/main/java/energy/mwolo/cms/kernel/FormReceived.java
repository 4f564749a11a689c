package energy.mwolo.cms.kernel;

/**
 * What the sender of a website form is told: the same whether it was kept or a robot filled the honeypot.
 *
 * @param status always {@code received}
 */
public record FormReceived(String status) {

    public static final FormReceived RECEIVED = new FormReceived("received");
}
