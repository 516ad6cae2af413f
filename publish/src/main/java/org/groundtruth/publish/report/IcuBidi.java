package org.groundtruth.publish.report;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;

/**
 * Right-to-left text for the PDF renderer, with ICU4J (decision 0900): the Unicode bidirectional algorithm splits a
 * paragraph into visual runs, and Arabic letters are shaped into their joined presentation forms (which the bundled
 * Noto Naskh Arabic maps) before a right-to-left run is reversed for drawing. openhtmltopdf's own rtl-support module
 * does the same with ICU but is published only for an old release; these three small adapters let us keep the
 * current renderer.
 */
final class IcuBidi {
    private IcuBidi() {
    }

    static final class SplitterFactory implements BidiSplitterFactory {
        @Override
        public BidiSplitter createBidiSplitter() {
            return new Splitter();
        }
    }

    static final class Splitter implements BidiSplitter {
        private Bidi bidi;

        @Override
        public void setParagraph(String text, byte defaultDirection) {
            byte level = switch (defaultDirection) {
                case BidiSplitter.RTL -> Bidi.RTL;
                case BidiSplitter.LTR -> Bidi.LTR;
                default -> Bidi.LEVEL_DEFAULT_LTR;
            };
            bidi = new Bidi(text, level);
        }

        @Override
        public int countTextRuns() {
            return bidi.countRuns();
        }

        @Override
        public BidiTextRun getVisualRun(int index) {
            BidiRun run = bidi.getVisualRun(index);
            return new BidiTextRun(run.getStart(), run.getLength(), run.isOddRun() ? BidiSplitter.RTL : BidiSplitter.LTR);
        }

        @Override
        public byte getBaseDirection(String paragraph) {
            return switch (Bidi.getBaseDirection(paragraph)) {
                case Bidi.LTR -> BidiSplitter.LTR;
                case Bidi.RTL -> BidiSplitter.RTL;
                default -> BidiSplitter.NEUTRAL;
            };
        }
    }

    static final class Reorderer implements BidiReorderer {
        @Override
        public String reorderRTLTextToLTR(String text) {
            return Bidi.writeReverse(text, Bidi.DO_MIRRORING);
        }

        @Override
        public String shapeText(String text) {
            return shape(text, ArabicShaping.LETTERS_SHAPE);
        }

        @Override
        public String deshapeText(String text) {
            return shape(text, ArabicShaping.LETTERS_UNSHAPE);
        }

        @Override
        public boolean isLiveImplementation() {
            return true;
        }

        private static String shape(String text, int letters) {
            try {
                return new ArabicShaping(letters | ArabicShaping.LENGTH_GROW_SHRINK | ArabicShaping.TEXT_DIRECTION_LOGICAL).shape(text);
            } catch (ArabicShapingException e) {
                return text; // unshapeable input is drawn unjoined rather than lost
            }
        }
    }
}
