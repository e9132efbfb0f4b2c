/**
 * Files: content-addressed storage of uploads and generated papers. A file is checked by its bytes
 * (not its name) against the types the caller accepts, limited in size, stored once per SHA-256.
 * Who may read a file is decided by the module that refers to it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Files")
package vn.tinhso.files;
