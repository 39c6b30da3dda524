package org.tandem.web.print;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Lays a {@link Sheet} out on A4: letterhead and title, customer beside the dates, the line table, the totals,
 * and a footer with the number and page on every page. Chinese needs a font with its characters embedded: the one
 * the list exports use ({@code tandem.export.pdf-font}); without it, as there, the PDF's own Helvetica is used
 * and Chinese characters are left out.
 */
public final class SheetPdf {

    private static final Color INK = new Color(0x21, 0x25, 0x29);
    private static final Color GREY = new Color(0x6c, 0x75, 0x7d);
    private static final Color RULE = new Color(0xc8, 0xcd, 0xd3);
    private static final Color HEAD = new Color(0xee, 0xf1, 0xf5);
    private static final Color WARNING = new Color(0xc0, 0x1c, 0x28);
    private static final Color WARNING_LIGHT = new Color(0xfd, 0xec, 0xee);

    private final Letterhead letterhead;
    private final BaseFont base;

    /** {@code font} is a TrueType file, with ",n" for the n-th face of a collection; empty for Helvetica. */
    public SheetPdf(Letterhead letterhead, Optional<String> font) {
        this.letterhead = letterhead;
        try {
            this.base = font.isPresent()
                    ? BaseFont.createFont(font.get(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED)
                    : BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] write(Sheet sheet, Wording wording) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 42, 42, 40, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Margins(sheet, wording));
            document.addTitle(sheet.title + " " + sheet.number);
            document.addAuthor(letterhead.companyName());
            document.open();
            document.add(heading(sheet));
            document.add(parties(sheet));
            if (sheet.mark != null) {
                document.add(mark(sheet.mark));
            }
            document.add(lines(sheet));
            if (!sheet.totals.isEmpty()) {
                document.add(totals(sheet.totals));
            }
            if (sheet.note != null) {
                Paragraph note = new Paragraph(sheet.note, font(9, Font.NORMAL, INK));
                note.setSpacingBefore(14);
                document.add(note);
            }
            if (!sheet.signature.isEmpty()) {
                document.add(signature(sheet.signature));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot lay out " + sheet.number, e);
        }
        return out.toByteArray();
    }

    private PdfPTable heading(Sheet sheet) {
        PdfPTable table = table(new float[]{55, 45});
        PdfPCell company = cell(Rectangle.BOTTOM);
        company.addElement(new Paragraph(letterhead.companyName(), font(15, Font.BOLD, INK)));
        if (letterhead.address() != null && !letterhead.address().isBlank()) {
            company.addElement(new Paragraph(letterhead.address().strip(), font(9, Font.NORMAL, GREY)));
        }
        PdfPCell title = cell(Rectangle.BOTTOM);
        Paragraph name = new Paragraph(sheet.title, font(20, Font.BOLD, INK));
        name.setAlignment(Element.ALIGN_RIGHT);
        Paragraph number = new Paragraph(sheet.number, font(11, Font.NORMAL, INK));
        number.setAlignment(Element.ALIGN_RIGHT);
        title.addElement(name);
        title.addElement(number);
        for (PdfPCell cell : List.of(company, title)) {
            cell.setBorderColor(RULE);
            cell.setBorderWidth(1);
            cell.setPaddingBottom(10);
            table.addCell(cell);
        }
        return table;
    }

    private PdfPTable parties(Sheet sheet) {
        PdfPTable table = table(new float[]{55, 45});
        table.setSpacingBefore(14);
        PdfPCell customer = cell(Rectangle.NO_BORDER);
        customer.addElement(new Paragraph(sheet.customerHeading, font(8, Font.NORMAL, GREY)));
        for (int i = 0; i < sheet.customer.size(); i++) {
            customer.addElement(new Paragraph(sheet.customer.get(i),
                    i == 0 ? font(11, Font.BOLD, INK) : font(9.5f, Font.NORMAL, INK)));
        }
        table.addCell(customer);

        PdfPTable facts = table(new float[]{50, 50});
        for (Sheet.Field fact : sheet.facts) {
            PdfPCell label = cell(Rectangle.NO_BORDER, new Phrase(fact.label(), font(9, Font.NORMAL, GREY)));
            PdfPCell value = cell(Rectangle.NO_BORDER, new Phrase(fact.value(), font(9.5f, Font.NORMAL, INK)));
            value.setHorizontalAlignment(Element.ALIGN_RIGHT);
            facts.addCell(label);
            facts.addCell(value);
        }
        PdfPCell right = cell(Rectangle.NO_BORDER);
        right.addElement(facts);
        table.addCell(right);
        return table;
    }

    private PdfPTable mark(String text) {
        PdfPTable table = table(new float[]{1});
        table.setSpacingBefore(12);
        PdfPCell cell = cell(Rectangle.BOX, new Phrase(text, font(13, Font.BOLD, WARNING)));
        cell.setBorderColor(WARNING);
        cell.setBorderWidth(1.5f);
        cell.setBackgroundColor(WARNING_LIGHT);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setPadding(8);
        table.addCell(cell);
        return table;
    }

    private PdfPTable lines(Sheet sheet) {
        float[] widths = new float[sheet.columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = sheet.columns.get(i).width();
        }
        PdfPTable table = table(widths);
        table.setSpacingBefore(16);
        table.setHeaderRows(1);
        for (Sheet.Column column : sheet.columns) {
            PdfPCell head = cell(Rectangle.BOTTOM, new Phrase(column.heading(), font(8.5f, Font.BOLD, INK)));
            head.setBackgroundColor(HEAD);
            head.setBorderColor(RULE);
            head.setHorizontalAlignment(column.numeric() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            head.setPadding(5);
            table.addCell(head);
        }
        for (List<String> row : sheet.rows) {
            for (int i = 0; i < row.size(); i++) {
                PdfPCell cell = cell(Rectangle.BOTTOM, new Phrase(row.get(i), font(9, Font.NORMAL, INK)));
                cell.setBorderColor(RULE);
                cell.setBorderWidth(0.5f);
                cell.setHorizontalAlignment(sheet.columns.get(i).numeric() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
                cell.setPadding(5);
                table.addCell(cell);
            }
        }
        return table;
    }

    private PdfPTable totals(List<Sheet.Field> totals) {
        PdfPTable table = table(new float[]{68, 32});
        table.setWidthPercentage(56);
        table.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.setSpacingBefore(10);
        for (int i = 0; i < totals.size(); i++) {
            boolean last = i == totals.size() - 1;
            Font font = last ? font(10.5f, Font.BOLD, INK) : font(9.5f, Font.NORMAL, INK);
            PdfPCell label = cell(last ? Rectangle.TOP : Rectangle.NO_BORDER, new Phrase(totals.get(i).label(), font));
            PdfPCell value = cell(last ? Rectangle.TOP : Rectangle.NO_BORDER, new Phrase(totals.get(i).value(), font));
            value.setHorizontalAlignment(Element.ALIGN_RIGHT);
            for (PdfPCell cell : List.of(label, value)) {
                cell.setBorderColor(INK);
                cell.setPadding(4);
                table.addCell(cell);
            }
        }
        return table;
    }

    private PdfPTable signature(List<String> labels) {
        float[] widths = new float[labels.size() * 2 - 1];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = i % 2 == 0 ? 40 : 8;
        }
        PdfPTable table = table(widths);
        table.setSpacingBefore(48);
        for (int i = 0; i < labels.size(); i++) {
            if (i > 0) {
                table.addCell(cell(Rectangle.NO_BORDER));
            }
            PdfPCell line = cell(Rectangle.TOP, new Phrase(labels.get(i), font(9, Font.NORMAL, GREY)));
            line.setBorderColor(INK);
            line.setPaddingTop(4);
            table.addCell(line);
        }
        return table;
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        return table;
    }

    private static PdfPCell cell(int border) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(border);
        return cell;
    }

    private static PdfPCell cell(int border, Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(border);
        return cell;
    }

    private Font font(float size, int style, Color color) {
        return new Font(base, size, style, color);
    }

    /** The footer on every page, and a draft's mark across it, under the text so that nothing is hidden. */
    private final class Margins extends PdfPageEventHelper {

        private final Sheet sheet;
        private final Wording wording;

        Margins(Sheet sheet, Wording wording) {
            this.sheet = sheet;
            this.wording = wording;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Rectangle page = document.getPageSize();
            String footer = sheet.title + " " + sheet.number + "  ·  "
                    + wording.text("print.page", writer.getPageNumber());
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase(footer, font(8, Font.NORMAL, GREY)), page.getWidth() / 2, 30, 0);
            if (sheet.mark != null) {
                PdfContentByte under = writer.getDirectContentUnder();
                under.saveState();
                PdfGState faint = new PdfGState();
                faint.setFillOpacity(0.12f);
                // bold is drawn by stroking the outline too, so the stroke must be as faint as the fill
                faint.setStrokeOpacity(0.12f);
                under.setGState(faint);
                ColumnText.showTextAligned(under, Element.ALIGN_CENTER,
                        new Phrase(sheet.mark, font(40, Font.BOLD, WARNING)),
                        page.getWidth() / 2, page.getHeight() / 2, 45);
                under.restoreState();
            }
        }
    }
}
