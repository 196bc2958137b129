/** Child processes of the local stack that die with their parent. */
package com.mangaassist.localaws.process;
