package vn.tinhso.dossier.core;

import java.time.OffsetDateTime;

/** A paper attached to a dossier: a component, a supplement, a result or a notice. */
public record DossierFile(long id, String purpose, String componentCode, String sha256, String fileName,
		String mediaType, long size, OffsetDateTime uploadedAt) {
}
