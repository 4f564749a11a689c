package energy.mwolo.support.tickets.model;

/** Which warnings and breaches were told already, so that each is told once. */
public final class SlaFlags {

    boolean firstResponseWarned;
    boolean resolutionWarned;
    boolean firstResponseBreached;
    boolean resolutionBreached;

    public SlaFlags() {
    }

    public SlaFlags(boolean firstResponseWarned, boolean resolutionWarned, boolean firstResponseBreached,
                    boolean resolutionBreached) {
        this.firstResponseWarned = firstResponseWarned;
        this.resolutionWarned = resolutionWarned;
        this.firstResponseBreached = firstResponseBreached;
        this.resolutionBreached = resolutionBreached;
    }

    SlaFlags copy() {
        return new SlaFlags(firstResponseWarned, resolutionWarned, firstResponseBreached, resolutionBreached);
    }

    public boolean firstResponseWarned() {
        return firstResponseWarned;
    }

    public boolean resolutionWarned() {
        return resolutionWarned;
    }

    public boolean firstResponseBreached() {
        return firstResponseBreached;
    }

    public boolean resolutionBreached() {
        return resolutionBreached;
    }
}
