/**
 * Backup and restore of the database and the file store: {@code java -jar tinhso.jar backup --to DIR},
 * {@code restore --from DIR}, {@code verify-backup --from DIR}. Only {@link vn.tinhso.platform.backup.BackupCommands},
 * called from the application's main method, is public.
 */
@org.springframework.modulith.NamedInterface("backup")
package vn.tinhso.platform.backup;
