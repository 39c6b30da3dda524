package org.tandem.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.primefaces.component.export.PDFOptions;
import org.primefaces.component.export.PDFOrientationType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How lists are written to PDF. PDF's built-in fonts have no Chinese characters, so the export embeds a CJK
 * font from the server's disk ({@code tandem.export.pdf-font}, a TrueType file; ",0" picks the first face of a
 * collection); without one, Chinese text would silently be left out.
 */
@Named
@ApplicationScoped
public class ExportOptions {

    @Inject
    @ConfigProperty(name = "tandem.export.pdf-font", defaultValue = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0")
    String pdfFont;

    /** Landscape, for lists wider than they are long, in the configured font when the server has it. */
    public PDFOptions getPdf() {
        PDFOptions options = new PDFOptions();
        options.setOrientation(PDFOrientationType.LANDSCAPE);
        options.setCellFontSize("8");
        options.setFacetFontSize("9");
        readablePdfFont().ifPresent(options::setFontName);
        return options;
    }

    /** The configured font (file, and face for a collection) when the server has the file; printed documents use it too. */
    public Optional<String> readablePdfFont() {
        String file = pdfFont.replaceFirst(",\\d+$", "");
        return Files.isReadable(Path.of(file)) ? Optional.of(pdfFont) : Optional.empty();
    }
}
