package org.offerfacts.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Recognises the parts of a web page that are not the offer: scripts and styles, navigation,
 * site header and footer, cookie banners, breadcrumbs, forms. Their words ("Fibre", "Mobile",
 * "Contact" in a menu) would otherwise be matched as if the offer said them.
 */
final class PageChrome {

  private static final Set<String> NEVER_CONTENT = Set.of(
      "script", "style", "noscript", "template", "svg", "iframe", "nav", "aside", "form",
      "object", "embed", "canvas", "button", "select", "textarea", "input", "dialog", "head");
  private static final Set<String> CHROME_ROLES = Set.of(
      "navigation", "menu", "menubar", "banner", "contentinfo", "search", "alertdialog");
  /** A class or id naming navigation or consent UI: "main-nav", "cookie-banner", "breadcrumb". */
  private static final Pattern CHROME_NAME = Pattern.compile(
      "(^|[-_])(nav|navbar|navigation|menu|menubar|breadcrumbs?|cookies?|consent|gdpr|skip-?links?|sidebar)([-_]|$)");
  private static final Set<String> ALWAYS_KEPT = Set.of("html", "body", "main", "article");
  private static final Set<String> SECTIONING = Set.of("article", "main", "section");

  private PageChrome() {}

  static boolean isChrome(Element element) {
    String name = element.normalName();
    if (NEVER_CONTENT.contains(name)) return true;
    if (ALWAYS_KEPT.contains(name)) return false;
    if ((name.equals("header") || name.equals("footer")) && !insideSection(element)) return true;
    if (element.hasAttr("hidden") || "true".equals(element.attr("aria-hidden"))) return true;
    String style = element.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
    if (style.contains("display:none") || style.contains("visibility:hidden")) return true;
    String role = element.attr("role").toLowerCase(Locale.ROOT).strip();
    if (CHROME_ROLES.contains(role)) return true;
    return namesChrome(element.id()) || element.classNames().stream().anyMatch(PageChrome::namesChrome);
  }

  private static boolean namesChrome(String classOrId) {
    return !classOrId.isEmpty() && CHROME_NAME.matcher(classOrId.toLowerCase(Locale.ROOT)).find();
  }

  /** An article's or section's own header/footer is content; the page's is site chrome. */
  private static boolean insideSection(Element element) {
    for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
      if (SECTIONING.contains(parent.normalName()) || "main".equals(parent.attr("role"))) return true;
    }
    return false;
  }
}
