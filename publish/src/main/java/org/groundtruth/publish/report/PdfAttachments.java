package org.groundtruth.publish.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Embeds data files in a rendered PDF the way PDF/A-3 asks (ISO 19005-3, 6.8): each file in the catalog's
 * EmbeddedFiles name tree and in its associated-files array {@code /AF}, with its MIME type, size, modification date,
 * a description and the relationship {@code /Data}. openhtmltopdf attaches files only as annotations on a link, which
 * PDF/A-3 readers do not list as the document's data, so the files are added after rendering.
 */
final class PdfAttachments {
    /** One file to embed. */
    record Attachment(String name, String mediaType, String description, byte[] bytes) {
    }

    private PdfAttachments() {
    }

    static void embed(byte[] pdf, Iterable<Attachment> files, Calendar modified, OutputStream out) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Map<String, PDComplexFileSpecification> names = new LinkedHashMap<>();
            COSArray af = new COSArray();
            for (Attachment a : files) {
                PDEmbeddedFile ef = new PDEmbeddedFile(doc, new ByteArrayInputStream(a.bytes()));
                ef.setSubtype(a.mediaType());
                ef.setSize(a.bytes().length);
                ef.setModDate(modified);
                ef.setCreationDate(modified);
                PDComplexFileSpecification spec = new PDComplexFileSpecification();
                spec.setFile(a.name());
                spec.setFileUnicode(a.name());
                spec.setFileDescription(a.description());
                spec.setEmbeddedFile(ef);
                spec.setEmbeddedFileUnicode(ef);
                spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");
                names.put(a.name(), spec);
                af.add(spec);
            }
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(names);
            PDDocumentNameDictionary dict = new PDDocumentNameDictionary(doc.getDocumentCatalog());
            dict.setEmbeddedFiles(tree);
            doc.getDocumentCatalog().setNames(dict);
            doc.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("AF"), af);
            doc.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
