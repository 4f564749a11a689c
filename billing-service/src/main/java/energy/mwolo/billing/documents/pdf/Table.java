package energy.mwolo.billing.documents.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A table across pages: rows go down the flow, a row that does not fit opens a new page, and every page the table
 * reaches starts with its header again (after the page's own start). A cell's text wraps within its column.
 */
final class Table {

    enum Align { LEFT, RIGHT }

    record Column(String title, float width, Align align) {
    }

    private static final float SIZE = 8f;
    private static final float LEADING = 10f;
    private static final float PAD = 3.5f;
    private static final float HEADER = 16f;

    private final PageFlow flow;
    private final List<Column> columns;

    private Table(PageFlow flow, List<Column> columns) {
        this.flow = flow;
        this.columns = List.copyOf(columns);
    }

    /**
     * Starts the table at the flow's cursor, the header and a first row kept together. {@code pageStart} is what
     * every page begins with; while the table runs its header follows it.
     */
    static Table start(PageFlow flow, PageFlow.PageStart pageStart, List<Column> columns) throws IOException {
        Table table = new Table(flow, columns);
        flow.keep(HEADER + LEADING + 2 * PAD);
        table.header();
        flow.onNewPage(next -> {
            pageStart.draw(next);
            table.header();
        });
        return table;
    }

    /** Ends the table: pages opened after this start with {@code pageStart} alone. */
    void end(PageFlow.PageStart pageStart) throws IOException {
        flow.onNewPage(pageStart);
        flow.down(6f);
    }

    void row(List<String> cells) throws IOException {
        List<List<String>> wrapped = new ArrayList<>(cells.size());
        int lines = 1;
        for (int i = 0; i < columns.size(); i++) {
            List<String> cellLines = flow.wrap(cells.get(i), flow.fonts().regular(), SIZE,
                    columns.get(i).width() - 2 * PAD);
            wrapped.add(cellLines);
            lines = Math.max(lines, cellLines.size());
        }
        float height = lines * LEADING + 2 * PAD;
        flow.keep(height);
        float top = flow.y();
        float x = PageFlow.LEFT;
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            float baseline = top - PAD - SIZE;
            for (String line : wrapped.get(i)) {
                cell(line, column, x, baseline, false);
                baseline -= LEADING;
            }
            x += column.width();
        }
        flow.down(height);
        flow.rule(PageFlow.LEFT, PageFlow.RIGHT, flow.y(), 0.4f, 0.8f);
    }

    private void header() throws IOException {
        float top = flow.y();
        flow.fill(PageFlow.LEFT, top - HEADER, PageFlow.WIDTH, HEADER, 0.9f);
        float x = PageFlow.LEFT;
        for (Column column : columns) {
            cell(column.title(), column, x, top - HEADER + 5f, true);
            x += column.width();
        }
        flow.down(HEADER);
    }

    private void cell(String text, Column column, float x, float baseline, boolean bold) throws IOException {
        var font = bold ? flow.fonts().bold() : flow.fonts().regular();
        if (column.align() == Align.RIGHT) {
            flow.textRight(text, x + column.width() - PAD, baseline, font, SIZE);
        } else {
            flow.text(text, x + PAD, baseline, font, SIZE);
        }
    }
}
