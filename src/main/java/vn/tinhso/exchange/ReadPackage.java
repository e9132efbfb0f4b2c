package vn.tinhso.exchange;

/** A parsed edXML document package and the check of its signature. */
public record ReadPackage(EdxmlPackage pkg, SignatureCheck signature) {
}
