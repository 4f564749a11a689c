package energy.mwolo.audit.checkpoints.model;

import java.util.List;
import java.util.Optional;

/** The checkpoints taken so far, numbered from 1, kept outside the database. */
public interface Checkpoints {

    Optional<Checkpoint> latest();

    void add(Checkpoint checkpoint);

    /** How many have been taken: the latest one's number. */
    long count();

    List<Checkpoint> newestFirst(long offset, int limit);

    /** Oldest first. */
    List<Checkpoint> all();
}
