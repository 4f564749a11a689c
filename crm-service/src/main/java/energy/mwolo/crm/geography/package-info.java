/** Place ids (country, province, commune, territory) checked against geo-service before they are stored. */
package energy.mwolo.crm.geography;
