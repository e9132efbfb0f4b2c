package vn.tinhso.directory.importing;

/** Reports how many rows of the current phase are done. */
@FunctionalInterface
interface Progress {

	void rowsDone(int done);
}
