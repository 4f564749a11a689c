package energy.mwolo.billing.dunning.model;

/** The schedule in force (table {@code dunning_steps}). */
public interface DunningSteps {

    DunningSchedule current();

    /** Replaces the whole schedule; reminders already decided keep the step codes they were decided under. */
    void replace(DunningSchedule schedule);
}
