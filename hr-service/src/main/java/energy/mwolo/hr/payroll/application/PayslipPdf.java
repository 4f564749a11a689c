package energy.mwolo.hr.payroll.application;

/** A payslip's PDF as served: the file name to offer ({@code BP-2026-03-EMP-00042.pdf}) and the bytes. */
public record PayslipPdf(String fileName, byte[] content) {
}
