package jp.konbini.render;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The A4 form of the 住民票の写し: title, address and 世帯主 on every page, one ruled block per
 * person, and on the last page the certification (認証文), issue date, mayor and seal. Page
 * numbers and the 証明書番号 stand at the foot of every page, so loose pages can be matched up.
 */
final class JuminhyoLayout {

    static final String TITLE = "住民票の写し";
    static final String CERTIFICATION = "この写しは、世帯全員の住民票の原本と相違ないことを証明する。";
    static final String END_OF_RECORD = "以下余白";

    private static final float LEFT = 48;
    private static final float RIGHT = 547;
    private static final float WIDTH = RIGHT - LEFT;

    private static final float TITLE_BASELINE = 790;
    private static final float HEADER_TOP = 770;
    private static final float HEADER_ROW = 24;
    private static final float HEADER_LABEL_WIDTH = 64;
    private static final float PERSONS_TOP = HEADER_TOP - 2 * HEADER_ROW - 10;

    private static final float NAME_ROW = 34;
    private static final float DATE_ROW = 26;
    private static final float ADDRESS_ROW = 26;
    private static final float BLOCK = NAME_ROW + DATE_ROW + ADDRESS_ROW;
    private static final float BLOCK_STEP = BLOCK + 8;

    private static final float FOOT_BASELINE = 30;
    private static final float PERSONS_BOTTOM = FOOT_BASELINE + 20;
    /** Top of the certification area on the last page; "以下余白" needs the line above it. */
    private static final float CERTIFICATION_TOP = 200;

    private static final float LABEL_SIZE = 7;
    private static final float VALUE_SIZE = 10;

    private JuminhyoLayout() {
    }

    static void draw(PDDocument document, PDFont font, JuminhyoCertificate certificate)
            throws IOException {
        int perPage = (int) ((PERSONS_TOP - PERSONS_BOTTOM) / BLOCK_STEP);
        int perLastPage = (int) ((PERSONS_TOP - CERTIFICATION_TOP - 16) / BLOCK_STEP);
        List<Integer> counts = Pagination.split(certificate.persons().size(), perPage, perLastPage);
        int next = 0;
        for (int pageIndex = 0; pageIndex < counts.size(); pageIndex++) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PageCanvas canvas = new PageCanvas(document, page, font)) {
                header(canvas, certificate);
                float top = PERSONS_TOP;
                for (JuminhyoPerson person : certificate.persons().subList(next, next + counts.get(pageIndex))) {
                    person(canvas, person, top);
                    top -= BLOCK_STEP;
                }
                next += counts.get(pageIndex);
                boolean last = pageIndex == counts.size() - 1;
                if (last) {
                    canvas.textCentered(END_OF_RECORD, LEFT + WIDTH / 2, top + 8 - 14, 9);
                    certification(canvas, certificate);
                }
                foot(canvas, certificate, pageIndex + 1, counts.size());
            }
        }
    }

    private static void header(PageCanvas canvas, JuminhyoCertificate certificate) throws IOException {
        canvas.textCentered(TITLE, LEFT + WIDTH / 2, TITLE_BASELINE, 20);
        canvas.rectangle(LEFT, HEADER_TOP - 2 * HEADER_ROW, WIDTH, 2 * HEADER_ROW);
        canvas.line(LEFT, HEADER_TOP - HEADER_ROW, RIGHT, HEADER_TOP - HEADER_ROW);
        canvas.line(LEFT + HEADER_LABEL_WIDTH, HEADER_TOP, LEFT + HEADER_LABEL_WIDTH, HEADER_TOP - 2 * HEADER_ROW);
        headerRow(canvas, "住所", certificate.address(), HEADER_TOP);
        headerRow(canvas, "世帯主", certificate.householdHeadName(), HEADER_TOP - HEADER_ROW);
    }

    private static void headerRow(PageCanvas canvas, String label, String value, float top) throws IOException {
        float baseline = top - 16;
        canvas.text(label, LEFT + 8, baseline, 9);
        canvas.fittedText(value, LEFT + HEADER_LABEL_WIDTH + 8, baseline, 11, WIDTH - HEADER_LABEL_WIDTH - 16);
    }

    /** One person's block: name row, the three dates, and the previous address. */
    private static void person(PageCanvas canvas, JuminhyoPerson person, float top) throws IOException {
        canvas.rectangle(LEFT, top - BLOCK, WIDTH, BLOCK);
        float dateTop = top - NAME_ROW;
        float addressTop = dateTop - DATE_ROW;
        canvas.line(LEFT, dateTop, RIGHT, dateTop);
        canvas.line(LEFT, addressTop, RIGHT, addressTop);

        float birthX = LEFT + 235;
        float sexX = birthX + 120;
        float relationX = sexX + 44;
        canvas.line(birthX, top, birthX, dateTop);
        canvas.line(sexX, top, sexX, dateTop);
        canvas.line(relationX, top, relationX, dateTop);
        canvas.text("氏名", LEFT + 4, top - 9, LABEL_SIZE);
        canvas.fittedText(person.nameKana(), LEFT + 36, top - 11, 7.5f, birthX - LEFT - 40);
        canvas.fittedText(person.name(), LEFT + 36, top - 28, 13, birthX - LEFT - 40);
        cell(canvas, "生年月日", Wareki.format(person.dateOfBirth()), birthX, sexX, top);
        cell(canvas, "性別", person.sex(), sexX, relationX, top);
        cell(canvas, "続柄", person.relationship(), relationX, RIGHT, top);

        float third = WIDTH / 3;
        canvas.line(LEFT + third, dateTop, LEFT + third, addressTop);
        canvas.line(LEFT + 2 * third, dateTop, LEFT + 2 * third, addressTop);
        cell(canvas, "住民となった年月日", wareki(person.becameResidentOn()), LEFT, LEFT + third, dateTop);
        cell(canvas, "住所を定めた年月日", wareki(person.addressSetOn()), LEFT + third, LEFT + 2 * third, dateTop);
        cell(canvas, "届出日", wareki(person.addressNotifiedOn()), LEFT + 2 * third, RIGHT, dateTop);

        cell(canvas, "前住所", person.previousAddress(), LEFT, RIGHT, addressTop);
    }

    /** A labelled cell: small label at the top left, the value on the line below. */
    private static void cell(PageCanvas canvas, String label, String value, float left, float right, float top)
            throws IOException {
        canvas.text(label, left + 4, top - 9, LABEL_SIZE);
        canvas.fittedText(value, left + 8, top - 21, VALUE_SIZE, right - left - 12);
    }

    private static String wareki(LocalDate date) {
        return date == null ? "" : Wareki.format(date);
    }

    private static void certification(PageCanvas canvas, JuminhyoCertificate certificate) throws IOException {
        canvas.fittedText(CERTIFICATION, LEFT + 12, CERTIFICATION_TOP - 20, 11, WIDTH - 24);
        canvas.text(Wareki.format(certificate.issueDate()), LEFT + 12, CERTIFICATION_TOP - 45, 11);
        float nameRight = RIGHT - 66;
        float nameBaseline = CERTIFICATION_TOP - 80;
        canvas.fittedText(certificate.mayorTitleAndName(),
                nameRight - Math.min(canvas.width(certificate.mayorTitleAndName(), 14), WIDTH - 80),
                nameBaseline, 14, WIDTH - 80);
        seal(canvas, certificate.cityName() + "長之印", RIGHT - 60, nameBaseline + 34);
    }

    /**
     * The mayor's official seal (公印), a red square read in columns from right to left. A stand-in
     * for the city's registered seal image until the page-image version.
     */
    private static void seal(PageCanvas canvas, String legend, float left, float top) throws IOException {
        float side = 56;
        int rows = (legend.codePointCount(0, legend.length()) + 1) / 2;
        float size = Math.min(14, (side - 10) / rows);
        int split = legend.offsetByCodePoints(0, rows);
        canvas.colour(0.8f, 0.1f, 0.1f);
        canvas.rectangle(left, top - side, side, side);
        canvas.rectangle(left + 2, top - side + 2, side - 4, side - 4);
        float columnTop = top - (side - rows * size) / 2;
        canvas.verticalText(legend.substring(0, split), left + side / 2 + 2, columnTop, size);
        canvas.verticalText(legend.substring(split), left + side / 2 - size - 2, columnTop, size);
        canvas.colour(0, 0, 0);
    }

    private static void foot(PageCanvas canvas, JuminhyoCertificate certificate, int page, int pages)
            throws IOException {
        canvas.text("証明書番号 " + certificate.certificateSerial(), LEFT, FOOT_BASELINE, 8);
        canvas.textCentered(page + "/" + pages, LEFT + WIDTH / 2, FOOT_BASELINE, 9);
        canvas.textRight(certificate.cityName() + "（" + certificate.cityCode() + "）", RIGHT, FOOT_BASELINE, 8);
    }
}
