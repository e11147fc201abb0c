package org.offerfacts.compare;

/**
 * What /compare shows: the form, and the table unless the query could not be read.
 *
 * @param error     why the query was refused (the page answers 400), else null
 * @param view      the comparison, or null with an error
 * @param permalink the full address of this view, to paste in an e-mail
 * @param formOpen  whether the choices show unfolded: on the default view and after an error
 */
public record ComparePage(CompareForm form, boolean formOpen, ComparisonView view, String error, String permalink, String emailHref,
    String csvHref, String jsonHref) {}
