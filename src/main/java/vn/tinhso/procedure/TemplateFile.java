package vn.tinhso.procedure;

/**
 * The downloadable form template of a component (the blank form to fill in), kept in the file store.
 *
 * @param sha256 the file's identity in the file store
 * @param fileName the name it is downloaded under
 * @param mediaType what the file is, as recognised from its content
 */
public record TemplateFile(String sha256, String fileName, String mediaType) {
}
