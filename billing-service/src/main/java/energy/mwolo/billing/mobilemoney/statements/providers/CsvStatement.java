package energy.mwolo.billing.mobilemoney.statements.providers;

import energy.mwolo.billing.mobilemoney.statements.model.StatementLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A statement file in CSV (RFC 4180: quoted cells, doubled quotes, CRLF or LF), columns found by their header's
 * names ({@code provider_transaction_id}, {@code reference}, {@code amount}, {@code currency}, {@code status}; others
 * ignored). A line without a transaction id or with an unreadable amount is skipped: a statement is read leniently.
 */
final class CsvStatement {

    private CsvStatement() {
    }

    static List<StatementLine> parse(String csv) {
        List<List<String>> rows = rows(csv == null ? "" : csv);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < rows.get(0).size(); i++) {
            columns.put(rows.get(0).get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<StatementLine> lines = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            String id = cell(row, columns, "provider_transaction_id");
            String amount = cell(row, columns, "amount");
            String currency = cell(row, columns, "currency");
            if (id == null || amount == null || currency == null) {
                continue;
            }
            try {
                lines.add(new StatementLine(id, cell(row, columns, "reference"), new BigDecimal(amount),
                        currency.toUpperCase(Locale.ROOT), cell(row, columns, "status")));
            } catch (NumberFormatException e) {
                // An unreadable amount: the line is left out rather than the whole statement.
            }
        }
        return lines;
    }

    private static String cell(List<String> row, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        if (index == null || index >= row.size()) {
            return null;
        }
        String value = row.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    private static List<List<String>> rows(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                if (!(row.size() == 1 && row.get(0).isEmpty())) {
                    rows.add(row);
                }
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
