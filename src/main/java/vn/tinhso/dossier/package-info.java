/**
 * One-stop dossiers (hồ sơ một cửa): online and in-person submission, the dossier code and the
 * appointment, the workflow of Decree 61/2018 (as amended) kept as data, the applicant's and the
 * officers' views, public status lookup, receipt and result papers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossiers")
package vn.tinhso.dossier;
