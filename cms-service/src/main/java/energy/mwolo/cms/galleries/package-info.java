/** Photo galleries: bilingual titles and captions, images told by their bytes and size-checked, kept in file storage. */
package energy.mwolo.cms.galleries;
