/** Broadcast audio: probing, validation, loudness, renditions and content hashes. No HTTP here. */
package vn.loa.media;
