package energy.mwolo.hr.payroll.application;

/** Draws a payslip as a PDF in French. */
public interface PayslipRenderer {

    byte[] render(PayslipView payslip);
}
