package main

// General-knowledge gazetteer entries that GeoNames' countryInfo and
// cities100000 do not hold: short and historical country names, states and
// provinces, regions. Nothing here is taken from a corpus.

// countryAliases are other names of countries (GPE).
const countryAliases = `U.S.|US|USA|U.S.A.|America|United States of America|Britain|Great Britain|UK|U.K.|
England|Scotland|Wales|Northern Ireland|Holland|Burma|Ivory Coast|Cote d'Ivoire|Czechia|Czech Republic|
Russian Federation|Soviet Union|USSR|Yugoslavia|Zaire|Congo|Democratic Republic of Congo|DRC|Republic of Congo|
East Timor|Vatican|Vatican City|Holy See|Palestine|Palestinian Territories|Taiwan|Hong Kong|Macau|Macao|
South Korea|North Korea|Korea|Republic of Korea|UAE|Emirates|Swaziland|Cape Verde|Persia|Ceylon|Siam|
Bosnia|Herzegovina|Macedonia|North Macedonia|Kosovo|Tibet|Greenland|Puerto Rico|Guam|Gaza|West Bank|
Turkiye|Türkiye|Kyrgyzstan|Kirghizia|Moldova|Belarus|Byelorussia|Laos|Brunei|Micronesia|St Kitts|St Lucia|
People's Republic of China|PRC|Mainland China|Chechnya|Crimea|Catalonia|Kurdistan|Transnistria|Abkhazia`

// states are states, provinces and other large self-governing regions (GPE).
const states = `Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|
Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|
Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|
North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|
Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|District of Columbia|D.C.|
Alberta|British Columbia|Manitoba|New Brunswick|Newfoundland|Labrador|Nova Scotia|Ontario|Prince Edward Island|
Quebec|Saskatchewan|Yukon|Nunavut|Northwest Territories|
New South Wales|Victoria|Queensland|South Australia|Western Australia|Tasmania|Northern Territory|
Bavaria|Baden-Wuerttemberg|Baden-Württemberg|Berlin|Brandenburg|Bremen|Hamburg|Hesse|Lower Saxony|
Mecklenburg-Western Pomerania|North Rhine-Westphalia|Rhineland-Palatinate|Saarland|Saxony|Saxony-Anhalt|
Schleswig-Holstein|Thuringia|
Andhra Pradesh|Arunachal Pradesh|Assam|Bihar|Chhattisgarh|Goa|Gujarat|Haryana|Himachal Pradesh|Jharkhand|
Karnataka|Kerala|Madhya Pradesh|Maharashtra|Manipur|Meghalaya|Mizoram|Nagaland|Odisha|Orissa|Punjab|
Rajasthan|Sikkim|Tamil Nadu|Telangana|Tripura|Uttar Pradesh|Uttarakhand|West Bengal|Jammu|
Anhui|Fujian|Gansu|Guangdong|Guizhou|Hainan|Hebei|Heilongjiang|Henan|Hubei|Hunan|Jiangsu|Jiangxi|Jilin|
Liaoning|Qinghai|Shaanxi|Shandong|Shanxi|Sichuan|Yunnan|Zhejiang|Guangxi|Inner Mongolia|Ningxia|Xinjiang|
Lombardy|Tuscany|Sicily|Sardinia|Piedmont|Veneto|Campania|Calabria|Apulia|Andalusia|Basque Country|Galicia|
Valencia|Flanders|Wallonia|Brittany|Normandy|Corsica|Provence|Alsace|
Chiapas|Jalisco|Oaxaca|Sonora|Chihuahua|Sinaloa|Tamaulipas|Michoacan|Guerrero|Veracruz|Yucatan|Baja California|
Sao Paulo|São Paulo|Rio de Janeiro|Minas Gerais|Bahia|Amazonas|Parana|Rio Grande do Sul|
Ontario|Punjab|Sindh|Balochistan|Baluchistan|Khyber Pakhtunkhwa|Kurdistan Region|
Donetsk|Luhansk|Kharkiv|Kherson|Zaporizhzhia|Dagestan|Ingushetia|Tatarstan|Bashkortostan|
Aceh|Papua|Mindanao|Bali|Java|Sumatra|Borneo|Okinawa|Hokkaido|Kyushu|
Darfur|Tigray|Amhara|Oromia|Kivu|Katanga|Cabinda|Puntland|Somaliland|Kashmir`

// regions are locations that are not GPEs (LOC).
const regions = `Europe|Asia|Africa|North America|South America|Latin America|Central America|Oceania|Antarctica|
Arctic|Antarctic|Middle East|Near East|Far East|East Asia|South Asia|Southeast Asia|Central Asia|West Africa|
East Africa|North Africa|Southern Africa|Sub-Saharan Africa|Horn of Africa|Sahel|Sahara|Balkans|Baltics|
Caucasus|Scandinavia|Eastern Europe|Western Europe|Central Europe|Caribbean|Mediterranean|Pacific|Atlantic|
Indian Ocean|Pacific Ocean|Atlantic Ocean|Arctic Ocean|Black Sea|Baltic Sea|North Sea|Red Sea|Dead Sea|
Caspian Sea|South China Sea|East China Sea|Persian Gulf|Gulf|Gulf of Mexico|Strait of Hormuz|Suez Canal|
Panama Canal|Himalayas|Alps|Andes|Rockies|Urals|Amazon|Nile|Danube|Rhine|Thames|Yangtze|Mississippi River|
Siberia|Patagonia|Midwest|West Coast|East Coast|Silicon Valley|Wall Street|Gaza Strip|Golan Heights|
Sinai|Korean Peninsula|Iberian Peninsula|Arabian Peninsula|Eurasia|Asia-Pacific|Pacific Rim|
Western Sahara|Persian Gulf|English Channel|Mount Everest|Great Lakes|Lake Geneva|Lake Victoria`

// newsExtra are outlets and agencies with worldwide reach (ORG).
const newsExtra = `Reuters|Associated Press|AP|Agence France-Presse|AFP|Bloomberg|Xinhua|Kyodo|Yonhap|Interfax|
BBC|CNN|Al Jazeera|Sky News|Fox News|NBC|CBS|ABC|NPR|PBS|MSNBC|CNBC|Euronews|Deutsche Welle|
Financial Times|The Economist|The Guardian|The Times|The Independent|Le Monde|Der Spiegel|El Pais|`

// notEntities are capitalised words that name no PERSON, ORG or place:
// diseases and the like. A mention made of one of them is dropped.
const notEntities = `COVID|Covid|COVID-19|Covid-19|COVID19|Coronavirus|SARS-CoV-2|SARS|MERS|Ebola|Zika|H1N1|
Omicron|Mpox|Monkeypox|Internet|GDP`

// orgWords are general words that end or head the name of an organisation
// (company forms, kinds of body, institutions). They are features only: the
// tagger learns how far a name reaches to one ("Acme Steel Corp.",
// "Ministry of Defence").
const orgWords = `Corp|Corp.|Corporation|Inc|Inc.|Incorporated|Co|Co.|Company|Cos|Cos.|Ltd|Ltd.|Limited|Plc|PLC|LLC|LLP|
AG|SA|S.A.|NV|N.V.|GmbH|BV|AB|ASA|SpA|Bhd|Pty|Group|Holdings|Holding|Bank|Bancorp|Party|Ministry|Department|
Agency|Council|Committee|Commission|Association|Federation|Union|League|Club|University|College|Institute|
Foundation|Fund|Board|Authority|Court|Army|Navy|Police|Airlines|Airways|Motors|Industries|Systems|Technologies|
Pharmaceuticals|Securities|Partners|Exchange|Trust|Insurance|Telecom|Communications|Press|Times|Post|Journal|
Herald|Tribune|News|Society|Organisation|Organization|Alliance|Coalition|Congress|Parliament|Senate|Assembly|
Cabinet|Office|Bureau|Service|Services|Front|Movement|Brigade|Brigades|Forces|Hospital|School|Church|Museum|
Orchestra|FC|Rangers|Rovers|Wanderers|Athletic|Sporting|Electric|Steel|Chemical|Chemicals|Mining|Resources|
Railway|Railways|Network|Studios|Records|Entertainment|Media|Broadcasting|Laboratories|Consortium|
Cooperative|Directorate|Secretariat|Tribunal|Guard|Reserve|Treasury|Commerce|Chamber`
