package energy.mwolo.hr.employees.model;

/** Employment contract: open-ended, fixed-term, consultant, internship. */
public enum ContractType {
    CDI, CDD, CONSULTANT, STAGE
}
