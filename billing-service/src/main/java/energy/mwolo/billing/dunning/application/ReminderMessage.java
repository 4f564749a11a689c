package energy.mwolo.billing.dunning.application;

/** A reminder as its recipient reads it; an SMS has no subject. */
public record ReminderMessage(String subject, String text) {
}
