/**
 * Portal: the public home page, the staff workspace shell with navigation by role, and the
 * administration landing page. Later modules add their entries to these pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package vn.tinhso.portal;
