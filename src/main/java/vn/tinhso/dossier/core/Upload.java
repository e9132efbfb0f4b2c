package vn.tinhso.dossier.core;

/** A file sent with a submission or an action, for a paper of the procedure (or none). */
public record Upload(String componentCode, String fileName, byte[] content) {
}
