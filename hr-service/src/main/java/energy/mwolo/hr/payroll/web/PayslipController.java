package energy.mwolo.hr.payroll.web;

import energy.mwolo.hr.kernel.EmployeeId;
import energy.mwolo.hr.payroll.application.BrowsingPayroll;
import energy.mwolo.hr.payroll.application.DownloadingPayslips;
import energy.mwolo.hr.payroll.application.PayslipPdf;
import energy.mwolo.hr.payroll.model.PayslipId;
import energy.mwolo.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Payslips and their PDFs: an employee reads its own issued ones, HR all. */
@RestController
@RequestMapping("/api/hr/payslips")
class PayslipController {

    private final BrowsingPayroll browsing;
    private final DownloadingPayslips downloading;

    PayslipController(BrowsingPayroll browsing, DownloadingPayslips downloading) {
        this.browsing = browsing;
        this.downloading = downloading;
    }

    /** The caller's own issued payslips, newest first; HR may name an {@code employee}. */
    @Operation(summary = "Lister les bulletins de paie")
    @GetMapping({"", "/"})
    List<PayrollResponses.Payslip> list(@RequestParam(required = false) UUID employee, CurrentUser user) {
        return browsing.issuedTo(EmployeeId.ofNullable(employee), user).stream()
                .map(PayrollResponses.Payslip::from).toList();
    }

    @Operation(summary = "Consulter un bulletin de paie")
    @GetMapping({"/{id}", "/{id}/"})
    PayrollResponses.Payslip get(@PathVariable UUID id, CurrentUser user) {
        return PayrollResponses.Payslip.from(browsing.payslip(new PayslipId(id), user));
    }

    @Operation(summary = "Télécharger un bulletin de paie en PDF")
    @GetMapping({"/{id}/pdf", "/{id}/pdf/"})
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, CurrentUser user) {
        PayslipPdf pdf = downloading.pdf(new PayslipId(id), user);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.attachment().filename(pdf.fileName()).build()
                        .toString())
                .cacheControl(CacheControl.noStore())
                .body(pdf.content());
    }
}
