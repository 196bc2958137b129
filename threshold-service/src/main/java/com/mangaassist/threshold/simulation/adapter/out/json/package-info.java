/** Reports as JSON documents. */
package com.mangaassist.threshold.simulation.adapter.out.json;
