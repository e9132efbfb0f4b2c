/**
 * Directory: the province's agency tree (13-character codes per QCVN 102:2016 / Decision 20/2020),
 * officials with their roles per agency, citizens and organisations, their accounts and sign-in.
 * Other modules use {@link vn.tinhso.directory.AgencyDirectory} and {@link vn.tinhso.directory.StaffAccess}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package vn.tinhso.directory;
