package energy.mwolo.hr.payroll.model;

/** The currencies pay is expressed in; taxes are always computed in CDF. */
public enum PayCurrency {
    USD, CDF
}
