package org.groundtruth.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.groundtruth.account.Role;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.web.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The UI's "smaller things seen" of issue 9, each as a person meets it in headless Chromium. */
class SmallerThingsTest {
    @TempDir
    Path dir;
    @TempDir
    Path profile;
    TestServer t;
    Chromium c;
    Incident ariha;

    @BeforeEach
    void start() {
        t = new TestServer(dir);
        ariha = t.add(IncidentForTest.at(35.8126, 36.6096).on("2015-11-29").titled("Market in Ariha").in("Ariha", "Idlib").killed(40, 49));
        t.add(IncidentForTest.at(34.7300, 36.7100).on("2015-09-30").titled("Talbiseh, homes hit").in("Talbiseh", "Homs"));
        t.addDraft(IncidentForTest.at(35.3, 36.65).on("2015-10-20").titled("Draft in Hama").in("Kafr Nabudah", "Hama"));
        t.addUser("a-rather-long-admin-name", Role.ADMIN);
        t.addUser("amira", Role.REVIEWER);
        t.addUser("rania", Role.INVESTIGATOR);
        c = Chromium.start(t, profile);
    }

    @AfterEach
    void stop() {
        if (c != null) c.close();
        if (t != null) t.close();
    }

    @Test
    void aSignedInPhoneFitsItsScreenNameAndSignOutIncluded() {
        c.phone();
        c.signIn("a-rather-long-admin-name");
        c.open("/");
        long inner = (Long) c.script("return window.innerWidth");
        assertThat((Long) c.script("return document.documentElement.scrollWidth")).as("no sideways scrolling").isLessThanOrEqualTo(inner);
        for (String id : List.of("who", "logout", "merges-link")) {
            Number right = (Number) c.script("return document.getElementById(arguments[0]).getBoundingClientRect().right", id);
            assertThat(right.doubleValue()).as(id + " on screen").isLessThanOrEqualTo(inner);
        }
        c.screenshot("phone-signed-in");
    }

    @Test
    void theAuditTableIsNotCutOffOnADesktopOrAPhone() {
        t.as(Role.INVESTIGATOR).send("POST", "/api/incidents/" + ariha.publicId() + "/reports",
                "{\"source\": {\"name\": \"A source with a long name that makes the audit row wide\"}, \"reason\": \"a second source\", \"text\": \"" + "word ".repeat(40) + "\"}");
        c.signIn("a-rather-long-admin-name");
        for (boolean phone : List.of(false, true)) {
            if (phone) c.phone();
            c.open("/#/audit");
            c.waitFor(() -> c.present("users"));
            @SuppressWarnings("unchecked")
            List<String> clipped = (List<String>) c.script("""
                    const out = [];
                    for (const table of document.querySelectorAll('table.audit')) {
                      const r = table.getBoundingClientRect();
                      for (let a = table.parentElement; a; a = a.parentElement) {
                        const o = getComputedStyle(a).overflowX;
                        if (o === 'auto' || o === 'scroll') break;   // the reader can scroll to the rest
                        if ((o === 'hidden' || o === 'clip') && r.right > a.getBoundingClientRect().right + 1) { out.push(table.rows[0].innerText); break; }
                      }
                      if (r.right > window.innerWidth + 1 && !table.closest('.scroll-x')) out.push('off the page: ' + table.rows[0].innerText);
                    }
                    return out;""");
            assertThat(clipped).as(phone ? "phone" : "desktop").isEmpty();
            c.screenshot(phone ? "audit-phone" : "audit-desktop");
        }
    }

    @Test
    void theGradeOverrideMenuHasNoDefaultGrade() {
        c.signIn("amira");
        c.open("/#/incidents/" + ariha.publicId());
        c.waitFor(() -> c.present("override-form"));
        WebElement grade = c.browser.findElement(By.cssSelector("#override-form [name=grade]"));
        assertThat(grade.getAttribute("value")).as("no grade chosen yet").isEmpty();
        c.browser.findElement(By.cssSelector("#override-form [name=reason]")).sendKeys("checked by phone");
        c.browser.findElement(By.cssSelector("#override-form button[type=submit]")).click();
        c.waitFor(() -> c.text("override-form").contains("Choose a grade"));
        assertThat(t.get("/api/incidents/" + ariha.publicId()).json().at("/grade/overridden").asBoolean()).as("nothing recorded").isFalse();
    }

    @Test
    void anEmptyNewIncidentFormNamesEveryMissingField() {
        c.signIn("rania");
        c.open("/#/new");
        c.waitFor(() -> c.present("incident-form"));
        c.browser.findElement(By.cssSelector("#incident-form button[type=submit]")).click();
        c.waitFor(() -> !c.text("form-message").isEmpty());
        assertThat(c.text("form-message")).contains("Title", "First day");
        assertThat(c.browser.findElements(By.cssSelector("#incident-form [aria-invalid=true]"))).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void thePageHasAFaviconServedByTheApp() {
        c.open("/");
        String href = (String) c.script("const l = document.querySelector('link[rel=icon]'); return l && l.getAttribute('href')");
        assertThat(href).isNotNull();
        var icon = t.get(href);
        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.contentType()).startsWith("image/");
    }

    @Test
    void theGovernorateFilterListsOnlyAreasWithIncidentsTheReaderMaySee() {
        c.open("/");
        assertThat(governorateChoices()).as("the gazetteer knows Aleppo, Hama, Latakia; no published incident is there").containsExactly("Any", "Homs", "Idlib");
        c.signIn("rania");
        c.open("/");
        assertThat(governorateChoices()).as("staff see drafts, so Hama too").containsExactly("Any", "Hama", "Homs", "Idlib");
    }

    @Test
    void theFooterCreditsOnlyTheDatasetsTheReaderSees() throws java.io.IOException {
        c.open("/");
        c.waitFor(() -> c.text("data-credits").startsWith("Incident data"));
        // the incident data's credits (the map's own layers credit their sources beside them: place names come from
        // GeoNames, UCDP GED and the Syrian Archive through the gazetteer, whatever incidents the store holds)
        assertThat(c.text("data-credits")).doesNotContain("Syrian Archive", "UCDP");
        org.groundtruth.web.UcdpSampleForTest.load(t.store, 3);
        t.store.port(org.groundtruth.review.IncidentReviews.PORT).publishAllDrafts(org.groundtruth.audit.ChangeNote.system("test"));
        c.open("/");
        c.waitFor(() -> c.text("data-credits").contains("UCDP GED (CC BY 4.0; Sundberg & Melander 2013)"));
        assertThat(c.text("data-credits")).doesNotContain("Syrian Archive");
    }

    @Test
    void theMapDrawsAndNamesFirstLevelBoundariesAndTheFormChoosesTheGovernorate() {
        c.signIn("rania");
        c.open("/#/incidents/" + ariha.publicId());
        c.waitFor(() -> !c.browser.findElements(By.cssSelector("path.admin1")).isEmpty());
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) c.script("return [...document.querySelectorAll('.admin1-label')].map(e => e.textContent)");
        assertThat(names).contains("Idlib");
        assertThat(c.text("attribution")).contains("Natural Earth admin-1");
        c.screenshot("boundaries");

        c.open("/#/new");
        c.waitFor(() -> c.present("incident-form"));
        WebElement governorate = c.browser.findElement(By.cssSelector("#incident-form [name=governorate]"));
        assertThat(governorate.getTagName()).as("chosen, not typed").isEqualTo("select");
        assertThat(governorate.findElements(By.tagName("option")).stream().map(WebElement::getText).toList())
                .containsExactly("not named", "Aleppo", "Hama", "Homs", "Idlib", "Latakia");
    }

    private List<String> governorateChoices() {
        return c.browser.findElements(By.cssSelector("#f-governorate option")).stream().map(WebElement::getText).toList();
    }
}
