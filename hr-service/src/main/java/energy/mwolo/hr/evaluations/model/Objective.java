package energy.mwolo.hr.evaluations.model;

import energy.mwolo.hr.kernel.InvalidField;

/** One objective of an evaluation: its title, and once the reviewer scored it, a whole score from 1 to 5. */
public record Objective(String title, Integer score, String comment) {

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;

    public Objective {
        if (title == null || title.isBlank()) {
            throw InvalidField.required("objectives.title");
        }
        title = title.strip();
        requireScore(score, "objectives.score");
    }

    public static Objective unscored(String title) {
        return new Objective(title, null, null);
    }

    public boolean scored() {
        return score != null;
    }

    /** A score is 1, 2, 3, 4 or 5; null means not scored yet. */
    static void requireScore(Integer score, String field) {
        if (score != null && (score < MIN_SCORE || score > MAX_SCORE)) {
            throw new InvalidField(field, "hr.evaluation.score_invalid", score, MIN_SCORE, MAX_SCORE);
        }
    }
}
