package org.groundtruth.publication;

import org.groundtruth.incident.IncidentStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SelectionTest {
    @Test
    void aFilterReadsEveryKey() {
        Selection s = Selection.parse("from=2015-09-30; to=2015-11-29;governorate=Idlib,Hama;party=russian_military;grade=fair,Confirmed;"
                + "bbox=35.5,34.5,37.5,36.5");
        assertThat(s.from()).isEqualTo(LocalDate.of(2015, 9, 30));
        assertThat(s.governorates()).containsExactly("idlib", "hama");
        assertThat(s.grades()).containsExactly("fair", "confirmed");
        assertThat(s.area().maxLat()).isEqualTo(36.5);
        assertThat(s.query(100, 0).statuses()).containsExactly(IncidentStatus.PUBLISHED);
        assertThat(s.query(100, 0).party()).isEqualTo("russian_military");
        assertThat(s.describe()).contains("period 2015-09-30 to 2015-11-29").contains("governorate idlib or hama");
    }

    @Test
    void aWrongFilterNamesTheKeyAndWhatIsExpected() {
        assertThatThrownBy(() -> Selection.parse("govenorate=Idlib")).hasMessageContaining("unknown key 'govenorate'").hasMessageContaining("governorate");
        assertThatThrownBy(() -> Selection.parse("from=2015-13-01")).hasMessageContaining("filter from: '2015-13-01' is not a day");
        assertThatThrownBy(() -> Selection.parse("bbox=1,2,3")).hasMessageContaining("four numbers");
        assertThatThrownBy(() -> Selection.parse("grade=excellent")).hasMessageContaining("'excellent' is not one of");
        assertThatThrownBy(() -> Selection.parse("from=2015-12-01;to=2015-11-01")).hasMessageContaining("ends (2015-11-01) before it starts");
        assertThatThrownBy(() -> Selection.parse("ids=12")).hasMessageContaining("'12' is not a public incident id");
        assertThatThrownBy(() -> Selection.parse("Idlib")).hasMessageContaining("is not key=value");
    }

    @Test
    void emptyMeansEverythingPublished() {
        assertThat(Selection.parse(" ")).isEqualTo(Selection.all());
        assertThat(Selection.all().describe()).isEqualTo("all published incidents");
        assertThat(Selection.all().query(10, 0).statuses()).isEqualTo(Set.of(IncidentStatus.PUBLISHED));
    }

    @Test
    void queryParametersReadLikeTheFilterAndCannotSmuggleAKey() {
        Selection s = Selection.of(java.util.Map.of("governorate", java.util.List.of("Idlib,Hama", "Homs"), "from", java.util.List.of("2015-09-30")));
        assertThat(s.governorates()).containsExactlyInAnyOrder("idlib", "hama", "homs");
        assertThat(s.from()).isEqualTo(LocalDate.of(2015, 9, 30));
        // a value with a semicolon stays one value of its key: it names no governorate "x;grade=fair" exists, and sets no grade
        Selection odd = Selection.of(java.util.Map.of("governorate", java.util.List.of("x;grade=fair")));
        assertThat(odd.grades()).isEmpty();
        assertThatThrownBy(() -> Selection.of(java.util.Map.of("colour", java.util.List.of("red")))).hasMessageContaining("unknown key 'colour'");
        assertThat(Selection.of(java.util.Map.of())).isEqualTo(Selection.all());
    }

    @Test
    void aSelectionWritesItselfBackAsAFilter() {
        Selection s = Selection.parse("from=2015-09-30;to=2015-11-29;governorate=Idlib,Hama;party=russian_military;grade=fair;bbox=35.5,34.5,37.5,36.5");
        assertThat(Selection.parse(s.filter())).isEqualTo(s);
        assertThat(Selection.all().filter()).isEmpty();
    }
}
